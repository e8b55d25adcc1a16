package crashy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StartupFailuresTest {

    @Test
    void namesTheSettingAsAnEnvironmentVariableAndAProperty() {
        assertThat(StartupFailures.settingName("crashy.poll.active"))
                .isEqualTo("CRASHY_POLL_ACTIVE (crashy.poll.active)");
        assertThat(StartupFailures.settingName("crashy.data-dir")).isEqualTo("CRASHY_DATA_DIR (crashy.data-dir)");
    }

    @Test
    void explainsAnInvalidSettingFoundBeforeStart() {
        RuntimeException failure = new IllegalStateException(
                "wrapped", new InvalidSettingException("crashy.data-dir", "cannot create the directory /proc/x"));

        assertThat(StartupFailures.explain(failure))
                .isEqualTo("Invalid setting CRASHY_DATA_DIR (crashy.data-dir): cannot create the directory /proc/x");
    }

    @Test
    void fallsBackToTheRootCauseInOneLine() {
        RuntimeException failure = new IllegalStateException("outer", new RuntimeException("the root\nand more"));

        assertThat(StartupFailures.explain(failure)).isEqualTo("Crashy could not start: the root");
    }
}
