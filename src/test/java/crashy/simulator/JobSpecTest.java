package crashy.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class JobSpecTest {
    @Test
    void eachWitherChangesWhatItNamesAndLeavesTheRest() {
        JobSpec submitted = JobSpec.named("shot010")
                .withUser("bob")
                .withBatch("sq010")
                .withPlugin("Nuke")
                .withPoolAndGroup("nuke", "cpu")
                .withPriority(70)
                .withFrames(1001, 1020, 2)
                .withTaskDuration(Duration.ofSeconds(5))
                .withErrors(0.5, ErrorKind.CRASH)
                .withInitialStatus(JobStatus.SUSPENDED)
                .withErrorLimits(2, 3)
                .withOutput("/renders/bob", "comp.%04d.exr");

        assertThat(submitted)
                .isEqualTo(new JobSpec(
                        "shot010",
                        "sq010",
                        "bob",
                        "Nuke",
                        "nuke",
                        "cpu",
                        70,
                        1001,
                        1020,
                        2,
                        Duration.ofSeconds(5),
                        0.5,
                        ErrorKind.CRASH,
                        JobStatus.SUSPENDED,
                        2,
                        3,
                        "/renders/bob",
                        "comp.%04d.exr"));
        assertThat(submitted.taskCount()).isEqualTo(10);
    }

    @Test
    void leavesTheSpecItStartedFromAsItWas() {
        JobSpec original = JobSpec.named("shot010");

        original.withUser("bob").withTasks(3);

        assertThat(original).isEqualTo(JobSpec.named("shot010"));
    }

    @Test
    void refusesWhatTheConstructorRefuses() {
        assertThatThrownBy(() -> JobSpec.named("shot010").withPriority(101))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JobSpec.named("shot010").withFrames(10, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
