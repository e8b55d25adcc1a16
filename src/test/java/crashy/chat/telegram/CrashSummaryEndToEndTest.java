package crashy.chat.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import crashy.simulator.JobSpec;
import crashy.simulator.ServerOptions;
import crashy.simulator.SimulatedFarm;
import crashy.simulator.SimulatorServer;
import crashy.testing.EndToEndSettings;
import crashy.testing.openai.FakeOpenAi;
import crashy.testing.telegram.FakeTelegram;
import crashy.testing.telegram.ShownMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application with the simulated farm, the fake Bot API and a fake OpenAI server: a render fails, the
 * artist's failure DM says at once what went wrong, and the AI summary is edited into the same DM afterwards.
 */
@SpringBootTest
@DirtiesContext
class CrashSummaryEndToEndTest {
    private static final String TOKEN = "123456:AAE-crash-summary-test";
    private static final long ANN = 77;
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String AI = "The texture wall.tx is missing on the file server; relink it and requeue.";

    private static final SimulatedFarm FARM = new SimulatedFarm(13, Instant.now());
    private static final SimulatorServer DEADLINE = SimulatorServer.start(FARM, ServerOptions.onPort(0));
    private static final FakeTelegram TELEGRAM = FakeTelegram.start(TOKEN);
    private static final FakeOpenAi OPENAI = openAi();

    static {
        FARM.addWorker("render01");
        FARM.addWorker("render02");
        OPENAI.answering(AI);
    }

    @DynamicPropertySource
    static void farmTelegramAndOpenAi(DynamicPropertyRegistry registry) {
        EndToEndSettings.farm(registry, DEADLINE, "crash-summary-e2e");
        EndToEndSettings.telegram(registry, TELEGRAM, ANN);
        registry.add("crashy.openai.api-key", () -> "sk-test-crash-summary");
        registry.add("crashy.openai.base-url", () -> OPENAI.baseUrl().toString());
    }

    /** The fakes close with the application, after it stopped calling them. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Fakes {
        @Bean(destroyMethod = "close")
        SimulatorServer deadline() {
            return DEADLINE;
        }

        @Bean(destroyMethod = "close")
        FakeTelegram telegram() {
            return TELEGRAM;
        }

        @Bean(destroyMethod = "close")
        FakeOpenAi openAi() {
            return OPENAI;
        }
    }

    @AfterEach
    void checkEveryCallAgainstTheSpec() {
        assertThat(TELEGRAM.violations()).as("requests the Bot API refuses").isEmpty();
    }

    @Test
    void saysWhatWentWrongAtOnceAndEditsInTheAiSummary() {
        // given
        await().atMost(WAIT).until(() -> !TELEGRAM.commands().isEmpty());
        String job = FARM.submit(
                JobSpec.named("shot050_fx").withUser("alice").withTasks(3).withTaskDuration(Duration.ofMinutes(5)));
        TELEGRAM.pushTextMessage(ANN, "Ann", "/link alice");
        TELEGRAM.awaitChat(
                ANN,
                chat -> chat.messages().stream().anyMatch(m -> m.plainText().contains("now linked")),
                WAIT);

        // when
        for (int task = 0; task < 3; task++) {
            FARM.startTask(job, task);
            FARM.errorTask(job, task, "Error: [arnold] unable to find texture /mnt/tex/wall.tx");
        }
        FARM.failJob(job);

        // then: the DM says what went wrong without waiting for the model...
        ShownMessage failure = TELEGRAM.awaitChat(ANN, chat -> failureDm() != null, WAIT).messages().stream()
                .filter(message -> message.plainText().startsWith("❌ Failed: shot050_fx"))
                .findFirst()
                .orElseThrow();
        assertThat(TELEGRAM.chat(ANN).versions(failure.messageId()).get(0).plainText())
                .contains("What happened:")
                .contains("could not be found");
        // ...and the model's summary is edited into the same message.
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(TELEGRAM.chat(ANN)
                                .message(failure.messageId())
                                .orElseThrow()
                                .plainText())
                        .contains("AI summary: " + AI));
        assertThat(OPENAI.requests()).hasSize(1);
        assertThat(OPENAI.requests().get(0).prompt()).doesNotContain("sk-test-crash-summary");
    }

    private static ShownMessage failureDm() {
        return TELEGRAM.chat(ANN).messages().stream()
                .filter(message -> message.plainText().startsWith("❌ Failed: shot050_fx"))
                .findFirst()
                .orElse(null);
    }

    private static FakeOpenAi openAi() {
        try {
            return FakeOpenAi.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
