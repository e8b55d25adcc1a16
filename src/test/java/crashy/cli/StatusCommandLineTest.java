package crashy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import crashy.farm.FarmClient;
import crashy.farm.deadline.DeadlineProperties;
import crashy.job.Jobs;
import crashy.testing.MutableClock;
import crashy.testing.ScriptedFarmClient;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class StatusCommandLineTest {
    private final ScriptedFarmClient farm = new ScriptedFarmClient()
            .put(Jobs.rendering("aaaaaaaaaaaaaaaaaaaaaaa1", 5, 1, 4))
            .put(Jobs.failed("aaaaaaaaaaaaaaaaaaaaaaa2", 3))
            .worker("render01", Jobs.rendering("aaaaaaaaaaaaaaaaaaaaaaa1", 5, 1, 4), "5")
            .worker("render02", null, "");
    private final List<DeadlineProperties> asked = new ArrayList<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void printsTheFarmAtAGlance() {
        int code = run(Map.of("CRASHY_DEADLINE_URL", "http://deadline:8081"));

        assertThat(code).isZero();
        assertThat(text(out))
                .contains("Render farm: 1 rendering, 0 queued, 0 completed, 1 failed")
                .contains("Workers: 1 busy, 1 idle, 0 offline")
                .contains("alice:");
    }

    @Test
    void printsJsonForScripts() {
        int code = run(Map.of(), "--deadline-url", "http://deadline:8082", "--json");

        assertThat(code).isZero();
        assertThat(text(out))
                .contains("\"rendering\" : 1")
                .contains("\"busy\" : 1")
                .contains("\"tasksCompleted\" : 5");
        assertThat(asked).singleElement().satisfies(p -> assertThat(p.url()).hasToString("http://deadline:8082"));
    }

    @Test
    void takesTheCredentialsFromTheEnvironmentWhenTheUrlIsGiven() {
        run(
                Map.of(
                        "CRASHY_DEADLINE_URL",
                        "http://a:1",
                        "CRASHY_DEADLINE_USER",
                        "crashy",
                        "CRASHY_DEADLINE_PASSWORD",
                        "s3cret"),
                "--deadline-url",
                "http://b:2");

        assertThat(asked.get(0).user()).isEqualTo("crashy");
        assertThat(asked.get(0).url()).hasToString("http://b:2");
    }

    @Test
    void saysInOneLineWhenTheFarmIsUnreachable() {
        farm.setDown(true);

        int code = run(Map.of("CRASHY_DEADLINE_URL", "http://deadline:8081"));

        assertThat(code).isEqualTo(1);
        assertThat(text(err)).isEqualTo("Deadline Web Service is unreachable: scripted\n");
        assertThat(text(out)).isEmpty();
    }

    @Test
    void explainsWhatIsMissingWithoutAFarm() {
        int code = run(Map.of());

        assertThat(code).isEqualTo(2);
        assertThat(text(err))
                .startsWith("crashy status: no farm given: set CRASHY_DEADLINE_URL or pass --deadline-url");
    }

    @Test
    void refusesAnUnknownArgument() {
        assertThat(run(Map.of(), "--verbose")).isEqualTo(2);
        assertThat(text(err)).contains("unknown argument --verbose").contains(StatusCommandLine.USAGE);
    }

    @Test
    void refusesAUrlThatIsNotHttp() {
        assertThat(run(Map.of(), "--deadline-url", "ftp://deadline")).isEqualTo(2);
        assertThat(text(err)).contains("http or https");
    }

    private int run(Map<String, String> environment, String... args) {
        Function<DeadlineProperties, FarmClient> clients = properties -> {
            asked.add(properties);
            return farm;
        };
        StatusCommandLine command = new StatusCommandLine(
                clients,
                new MutableClock(Jobs.SUBMITTED.plusSeconds(60)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return command.run(args, environment);
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
