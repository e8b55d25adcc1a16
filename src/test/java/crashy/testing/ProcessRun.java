package crashy.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A command a test ran to its end: its exit code and what it printed, standard output and error together. */
public record ProcessRun(int code, String output) {

    /** This JVM's own launcher, for tests that start a JVM of their own. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Runs the command with these variables added to the test's environment; fails the test if it outlasts the bound. */
    public static ProcessRun of(List<String> command, Map<String, String> environment, Duration bound)
            throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS))
                .as("%s finished within %s", command, bound)
                .isTrue();
        return new ProcessRun(process.exitValue(), output);
    }
}
