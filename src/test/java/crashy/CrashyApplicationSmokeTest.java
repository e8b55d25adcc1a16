package crashy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import crashy.command.CommandCatalog;
import crashy.farm.JobBoard;
import crashy.notification.Deliveries;
import crashy.simulator.FarmScenario;
import crashy.simulator.ServerOptions;
import crashy.simulator.SimulatorServer;
import crashy.subscription.ChatPlatform;
import crashy.subscription.ChatUserId;
import crashy.subscription.Trust;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The whole application, both chat platforms off, watching the simulated demo farm. */
@SpringBootTest
class CrashyApplicationSmokeTest {
    private static final SimulatorServer FARM =
            SimulatorServer.start(FarmScenario.demo().create(Instant.now()), ServerOptions.onPort(0));

    @Autowired
    JobBoard board;

    @Autowired
    CommandCatalog commands;

    @Autowired
    Deliveries deliveries;

    @DynamicPropertySource
    static void farm(DynamicPropertyRegistry registry) {
        registry.add("crashy.deadline.url", () -> "http://127.0.0.1:" + FARM.port());
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:smoke;DB_CLOSE_DELAY=-1");
    }

    @AfterAll
    static void stopFarm() {
        FARM.close();
    }

    @Test
    void watchesTheFarmAndAnswersStatusWithNoChatPlatformOn() {
        await().atMost(Duration.ofSeconds(20)).until(() -> board.health().isReachable() && board.size() > 0);

        String status = commands.handle(
                        commands.parse(new ChatUserId(ChatPlatform.DISCORD, "1"), "Ann", Trust.MEMBER, "/status")
                                .orElseThrow())
                .plainText(Instant.now());

        assertThat(status).contains("Render farm: ").contains("Workers: ");
        assertThat(commands.specs()).extracting(spec -> spec.name()).contains("status", "link", "subscribe", "help");
        assertThat(deliveries.serves(ChatPlatform.DISCORD)).isFalse();
        assertThat(deliveries.serves(ChatPlatform.TELEGRAM)).isFalse();
    }
}
