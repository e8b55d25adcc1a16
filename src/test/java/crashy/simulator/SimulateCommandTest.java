package crashy.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulateCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void namesABadArgumentAndShowsTheUsage() {
        int code = run("simulate", "--port", "eighty");

        assertThat(code).isEqualTo(2);
        assertThat(errors()).contains("--port", "eighty", "usage: simulate");
    }

    @Test
    void refusesAnUnknownOption() {
        assertThat(run("--colour", "blue")).isEqualTo(2);
        assertThat(errors()).contains("--colour");
    }

    @Test
    void refusesMoreActiveJobsThanJobs() {
        assertThat(run("--jobs", "10", "--active", "20")).isEqualTo(2);
        assertThat(errors()).contains("--active 20");
    }

    @Test
    void printsTheUsageWhenAskedForHelp() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("usage: simulate");
    }

    @Test
    void readsEveryOptionInBothForms() {
        SimulateOptions options = SimulateOptions.parse(List.of(
                "--port=0",
                "--jobs",
                "200",
                "--active=20",
                "--workers",
                "10",
                "--seed",
                "9",
                "--speed",
                "2.5",
                "--auth",
                "djt:pa:ss",
                "--output",
                "frames"));

        assertThat(options.port()).isZero();
        assertThat(options.speed()).isEqualTo(2.5);
        assertThat(options.auth()).isEqualTo(new ServerOptions.Credentials("djt", "pa:ss"));
        assertThat(options.scenario().describe()).startsWith("benchmark farm: 10 workers, 200 jobs, seed 9");
        assertThat(SimulateOptions.parse(List.of()).scenario().describe()).startsWith("demo farm");
    }

    private int run(String... args) {
        return SimulateCommand.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
