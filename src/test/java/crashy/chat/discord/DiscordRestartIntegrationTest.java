package crashy.chat.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import crashy.CrashyApplication;
import crashy.farm.JobBoard;
import crashy.job.JobId;
import crashy.notification.Outbox;
import crashy.simulator.JobSpec;
import crashy.simulator.ServerOptions;
import crashy.simulator.SimulatedFarm;
import crashy.simulator.SimulatorServer;
import crashy.testing.discord.DiscordWorld;
import crashy.testing.discord.FakeDiscord;
import crashy.testing.discord.FakeUser;
import crashy.testing.discord.HeldAnswer;
import crashy.testing.discord.InteractionTicket;
import crashy.testing.discord.JdaLogGuard;
import crashy.testing.discord.RecordedCall;
import crashy.testing.discord.SlashOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Crashy killed while a DM is on its way, after Discord took it but before the outbox heard back, then started again
 * on the same database: the DM goes out again with the same nonce, Discord drops the repeat, and the artist has one
 * DM. Two Crashys in a row, each a whole Spring application, against one fake Discord and one simulated farm.
 */
class DiscordRestartIntegrationTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String MESSAGES = "channels/{channel_id}/messages";
    /** The title as it travels in the JSON body: escaped for Discord's markdown, then for JSON. */
    private static final String FINISHED = "✅ Finished: shot010\\\\_lighting";

    @RegisterExtension
    final JdaLogGuard jdaLog = new JdaLogGuard();

    @TempDir
    Path data;

    private final SimulatedFarm farm = new SimulatedFarm(11, Instant.parse("2026-11-25T18:00:00Z"));
    private final FakeDiscord discord = FakeDiscord.start();
    private final FakeUser alice = discord.person("alice");
    private SimulatorServer server;
    private String shot;
    private String loggingSystem;

    @BeforeEach
    void startFarm() {
        // Spring would reset logging at each start and so detach the JDA log guard; the test's logback is enough.
        loggingSystem = System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
        farm.addWorker("render01");
        shot = farm.submit(JobSpec.named("shot010_lighting").withUser("alice").withTasks(2));
        server = SimulatorServer.start(farm, ServerOptions.onPort(0));
    }

    @AfterEach
    void stop() {
        discord.close();
        server.close();
        if (loggingSystem == null) {
            System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
        } else {
            System.setProperty(LoggingSystem.SYSTEM_PROPERTY, loggingSystem);
        }
    }

    @Test
    void aDirectMessageCutOffByARestartReachesTheArtistOnce() throws Exception {
        ConfigurableApplicationContext first = crashy();
        await().atMost(WAIT)
                .until(() -> first.getBean(JobBoard.class).find(new JobId(shot)).isPresent());
        link(alice);
        HeldAnswer cutOff = discord.holdAnswer(
                call -> call.is("POST", MESSAGES) && call.bodyText().contains(FINISHED));

        farm.advance(Duration.ofHours(1));
        RecordedCall taken = cutOff.awaitHeld(WAIT);
        kill(first, cutOff);
        try (ConfigurableApplicationContext second = crashy()) {
            await().atMost(WAIT).until(() -> second.getBean(Outbox.class).pendingCount() == 0);
        }

        List<RecordedCall> attempts = discord.calls().stream()
                .filter(call -> call.is("POST", MESSAGES) && call.bodyText().contains(FINISHED))
                .toList();
        assertThat(attempts).hasSize(2);
        assertThat(attempts.get(1).json().path("nonce")).isEqualTo(taken.json().path("nonce"));
        assertThat(discord.directMessagesTo(alice))
                .filteredOn(DiscordNotificationsIntegrationTest.titled("✅ Finished: shot010_lighting"))
                .hasSize(1);
    }

    /**
     * Stops Crashy while Discord holds the answer to the DM it took, and lets the answer go only once the deliveries
     * have stopped (they stop before Discord disconnects), so it reaches no outbox: the DM stays pending on disk.
     */
    private void kill(ConfigurableApplicationContext crashy, HeldAnswer cutOff) throws Exception {
        CompletableFuture<Void> stopping = CompletableFuture.runAsync(crashy::close);
        DiscordGateway gateway = crashy.getBean(DiscordGateway.class);
        await().atMost(WAIT).until(() -> !isConnected(gateway));
        cutOff.release();
        stopping.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(stateOfTheFinishedDirectMessage()).isEqualTo("PENDING");
    }

    private ConfigurableApplicationContext crashy() {
        return SpringApplication.run(
                CrashyApplication.class,
                "--crashy.data-dir=" + data,
                "--crashy.deadline.url=http://127.0.0.1:" + server.port(),
                "--crashy.poll.active=200ms",
                "--crashy.poll.recent=500ms",
                "--crashy.discord.token=fake-token",
                "--crashy.discord.api-url=" + discord.restBaseUrl(),
                "--crashy.discord.gateway-url=" + discord.gatewayUrl(),
                "--crashy.discord.guilds=" + DiscordWorld.GUILD_ID,
                "--spring.main.keep-alive=false");
    }

    /** Read from the database file itself, as the second Crashy will find it. */
    private String stateOfTheFinishedDirectMessage() throws SQLException {
        try (Connection database = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("crashy"), "crashy", "");
                ResultSet row = database.createStatement()
                        .executeQuery("SELECT state FROM outbox WHERE kind = 'COMPLETED' AND mode = 'NEW'")) {
            assertThat(row.next()).isTrue();
            return row.getString("state");
        }
    }

    /** Links the user with a slash command, once the bot is connected (it registers its commands on READY). */
    private void link(FakeUser user) {
        discord.awaitCall("PUT", "applications/{app}/commands", WAIT);
        InteractionTicket link = discord.slashCommand(user, "link", SlashOption.string("user", user.username()));
        discord.awaitCall("PATCH", "webhooks/{app}/" + link.token() + "/messages/@original", WAIT);
    }

    private static boolean isConnected(DiscordGateway gateway) {
        try {
            gateway.jda();
            return true;
        } catch (IllegalStateException disconnected) {
            return false;
        }
    }
}
