package crashy.chat.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import crashy.CrashyApplication;
import crashy.farm.JobBoard;
import crashy.job.JobId;
import crashy.notification.Outbox;
import crashy.simulator.JobSpec;
import crashy.simulator.ServerOptions;
import crashy.simulator.SimulatedFarm;
import crashy.simulator.SimulatorServer;
import crashy.testing.EndToEndSettings;
import crashy.testing.telegram.ApiError;
import crashy.testing.telegram.FakeTelegram;
import crashy.testing.telegram.HeldCall;
import crashy.testing.telegram.RecordedRequest;
import crashy.testing.telegram.ShownMessage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Crashy stopped while DMs are on their way to Telegram, then started again on the same database: two Crashys in a
 * row, each a whole Spring application with the real telegrambots, against one fake Bot API and one simulated farm.
 *
 * <p>What is guaranteed, and shown here: a DM whose send was cut off before Telegram took it, and DMs still queued
 * because Telegram refused them, reach the artist after the restart exactly once each. The outbox on disk loses none,
 * and neither the restart nor the stopped Crashy adds any.
 *
 * <p>What is not: exactly once in every case. The Bot API has no idempotency key (nothing like Discord's
 * {@code enforce_nonce}), so when Telegram carried a send out but its answer never reached the outbox, because the
 * network lost it or because Crashy stopped before it arrived (stopping does not wait for a send in flight), the DM is
 * still pending on disk and goes out again. On Telegram a DM arrives at least once, and in that case twice.
 * {@link TelegramChatSenderIntegrationTest#sendsADmTwiceWhenTelegramTookItButItsAnswerWasLost()} shows that case.
 */
class TelegramRestartIntegrationTest {
    private static final String TOKEN = "123456:AAE-restart-test";
    private static final long ANN = 42;
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String FINISHED = "✅ Finished: shot010_lighting";
    private static final String FAILED = "❌ Failed: shot020_fx";

    @TempDir
    Path data;

    private final SimulatedFarm farm = new SimulatedFarm(11, Instant.parse("2026-11-25T18:00:00Z"));
    private final FakeTelegram telegram = FakeTelegram.start(TOKEN);
    private final List<ConfigurableApplicationContext> crashys = new ArrayList<>();
    private SimulatorServer deadline;

    @BeforeEach
    void startFarm() {
        farm.addWorker("render01");
        deadline = SimulatorServer.start(farm, ServerOptions.onPort(0));
    }

    @AfterEach
    void stopAndCheckEveryCallAgainstTheSpec() {
        crashys.forEach(ConfigurableApplicationContext::close);
        telegram.close();
        deadline.close();
        assertThat(telegram.violations()).as("requests the Bot API refuses").isEmpty();
    }

    @Test
    void aDmCutOffByARestartBeforeTelegramTookItReachesTheArtistOnce() throws Exception {
        // given: Crashy runs, and Ann follows alice's renders
        String shot =
                farm.submit(JobSpec.named("shot010_lighting").withUser("alice").withTasks(2));
        ConfigurableApplicationContext first = crashy();
        awaitOnTheBoard(first, shot);
        int linked = linkAnnTo("alice");
        HeldCall inFlight = telegram.holdNext("sendMessage", titled(FINISHED));

        // when: the DM is on its way when Crashy stops, and its connection dies before Telegram took the DM
        farm.advance(Duration.ofHours(1));
        inFlight.awaitHeld(WAIT);
        killMidSend(first, inFlight);
        assertThat(newDmStates()).containsEntry("COMPLETED " + shot, "PENDING");
        try (ConfigurableApplicationContext second = crashy()) {
            awaitOutboxEmpty(second);
        }

        // then
        assertThat(titlesShownAfter(linked)).containsOnlyOnce(FINISHED);
        assertEveryQueuedDmShownOnce(linked);
    }

    @Test
    void dmsQueuedWhileTelegramRefusedThemReachTheArtistOnceEachAfterARestart() throws Exception {
        // given: Crashy runs, Ann follows alice's renders, and Telegram refuses every new message for now
        String lighting =
                farm.submit(JobSpec.named("shot010_lighting").withUser("alice").withTasks(2));
        String fx = farm.submit(
                JobSpec.named("shot020_fx").withUser("alice").withTasks(4).withTaskDuration(Duration.ofMinutes(5)));
        ConfigurableApplicationContext first = crashy();
        awaitOnTheBoard(first, lighting);
        awaitOnTheBoard(first, fx);
        int linked = linkAnnTo("alice");
        telegram.failNext("sendMessage", 10_000, ApiError.badGateway());

        // when: both renders end while Telegram refuses; Crashy restarts with the DMs queued once Telegram is well
        farm.startTask(fx, 0);
        farm.errorTask(fx, 0, "Error: [arnold] unable to find texture /mnt/tex/wall.tx");
        farm.failJob(fx);
        farm.advance(Duration.ofHours(1));
        awaitRefused(FINISHED);
        awaitRefused(FAILED);
        first.close();
        assertThat(newDmStates())
                .containsEntry("COMPLETED " + lighting, "PENDING")
                .containsEntry("FAILED " + fx, "PENDING");
        telegram.stopFailing();
        try (ConfigurableApplicationContext second = crashy()) {
            awaitOutboxEmpty(second);
        }

        // then
        assertThat(titlesShownAfter(linked)).containsOnlyOnce(FINISHED, FAILED);
        assertEveryQueuedDmShownOnce(linked);
    }

    /**
     * A Crashy on the data directory both runs share. The shared end-to-end settings give it an in-memory database;
     * it keeps the default instead, the file in the data directory, which outlives a stopped Crashy as in production.
     */
    private ConfigurableApplicationContext crashy() {
        Map<String, Object> settings = new LinkedHashMap<>();
        DynamicPropertyRegistry registry = (name, value) -> settings.put(name, value.get());
        EndToEndSettings.farm(registry, deadline, "unused");
        EndToEndSettings.telegram(registry, telegram, ANN);
        settings.remove("spring.datasource.url");
        settings.put("crashy.data-dir", data);
        settings.put("spring.main.keep-alive", false);
        List<String> arguments = new ArrayList<>();
        settings.forEach((name, value) -> arguments.add("--" + name + "=" + value));
        ConfigurableApplicationContext crashy =
                SpringApplication.run(CrashyApplication.class, arguments.toArray(String[]::new));
        crashys.add(crashy);
        return crashy;
    }

    /**
     * Stops Crashy while Telegram holds its DM call unanswered, then drops that connection without carrying the call
     * out, as when the process dies mid-send. The stopped Crashy's delivery thread, still waiting, hears the
     * connection drop; it must not send the DM again, and it can record nothing, its database being closed.
     */
    private static void killMidSend(ConfigurableApplicationContext crashy, HeldCall inFlight) {
        crashy.close();
        inFlight.cutOff();
    }

    private static void awaitOnTheBoard(ConfigurableApplicationContext crashy, String job) {
        JobBoard board = crashy.getBean(JobBoard.class);
        await().atMost(WAIT).until(() -> board.find(new JobId(job)).isPresent());
    }

    /**
     * Links Ann and waits until the bot confirmed the update, so a restart does not hand {@code /link} out again;
     * returns how many messages Ann's chat shows then.
     */
    private int linkAnnTo(String deadlineUser) {
        int update = telegram.pushTextMessage(ANN, "Ann", "/link " + deadlineUser);
        telegram.awaitChat(
                ANN,
                chat -> chat.messages().stream()
                        .anyMatch(message -> message.plainText().startsWith("🔗 You are now linked")),
                WAIT);
        telegram.awaitRequest(
                request -> request.isMethod("getUpdates")
                        && request.text("offset").map(Long::parseLong).orElse(0L) > update,
                WAIT);
        return telegram.chat(ANN).messages().size();
    }

    private void awaitRefused(String title) {
        telegram.awaitRequest(
                request -> request.isMethod("sendMessage")
                        && request.status() == 502
                        && titled(title).test(request.fields()),
                WAIT);
    }

    private static void awaitOutboxEmpty(ConfigurableApplicationContext crashy) {
        Outbox outbox = crashy.getBean(Outbox.class);
        await().atMost(WAIT).until(() -> outbox.pendingCount() == 0);
    }

    /**
     * Nothing lost, nothing doubled: each new DM in the outbox and each job's living message shows in Ann's chat once,
     * and nothing else does.
     */
    private void assertEveryQueuedDmShownOnce(int linked) throws SQLException {
        List<String> titles = titlesShownAfter(linked);
        assertThat(newDmStates())
                .as("lost")
                .isNotEmpty()
                .allSatisfy((dm, state) -> assertThat(state).isEqualTo("SENT"));
        assertThat(titles).as("doubled").doesNotHaveDuplicates();
        assertThat(titles).as("every DM queued, and every living message").hasSize(messagesTheOutboxSent());
        assertThat(telegram.requests("sendMessage").stream()
                        .filter(RecordedRequest::succeeded)
                        .count())
                .as("sends Telegram carried out, the link reply included")
                .isEqualTo(linked + titles.size());
    }

    private List<String> titlesShownAfter(int linked) {
        return telegram.chat(ANN).messages().stream()
                .skip(linked)
                .map(ShownMessage::plainText)
                .map(text -> text.lines().findFirst().orElse(""))
                .toList();
    }

    private static Predicate<ObjectNode> titled(String title) {
        return fields -> fields.path("text").asText().startsWith("<b>" + title + "</b>");
    }

    /** Each new DM's state by event kind and job, read from the database file itself as a next Crashy finds it. */
    private Map<String, String> newDmStates() throws SQLException {
        Map<String, String> states = new HashMap<>();
        try (Connection database = database();
                ResultSet rows = database.createStatement()
                        .executeQuery("SELECT kind, job_id, state FROM outbox WHERE mode = 'NEW'")) {
            while (rows.next()) {
                states.put(rows.getString("kind") + " " + rows.getString("job_id"), rows.getString("state"));
            }
        }
        return states;
    }

    /** How many messages the outbox says went out: its new DMs sent, and one living message per job. */
    private int messagesTheOutboxSent() throws SQLException {
        try (Connection database = database();
                ResultSet count = database.createStatement()
                        .executeQuery("SELECT (SELECT COUNT(*) FROM outbox WHERE mode = 'NEW' AND state = 'SENT')"
                                + " + (SELECT COUNT(*) FROM live_message)")) {
            count.next();
            return count.getInt(1);
        }
    }

    private Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + data.resolve("crashy"), "crashy", "");
    }
}
