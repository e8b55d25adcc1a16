package crashy.notification;

import static crashy.subscription.TestSubscriptions.discord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import crashy.job.JobEventKind;
import crashy.job.JobId;
import crashy.message.ChatMessage;
import crashy.message.Tone;
import crashy.subscription.ChatPlatform;
import crashy.subscription.ChatUserId;
import crashy.subscription.TestSubscriptions;
import crashy.testing.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The running delivery loops: who waits for whom while a platform is slow. */
class DeliveriesTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final ChatUserId ALICE = discord("1");
    private static final ChatUserId BOB = discord("2");
    private static final ChatUserId CAROL = discord("3");

    private final Clock clock = Clock.systemUTC();
    private final DataSource database = TestDatabase.fresh();
    private final JdbcOutbox outbox = new JdbcOutbox(database);
    private final GatedSender discord = new GatedSender();
    private final Deliveries deliveries =
            new Deliveries(List.of(discord), outbox, TestSubscriptions.create(database, clock, "alice", "bob"), clock);

    @AfterEach
    void stop() {
        discord.openAll();
        deliveries.stop();
    }

    @Test
    void aUserWhoseDmWaitsForThePlatformHoldsUpNoOneElse() {
        // given: Alice's DM is stuck at the platform
        discord.hold(ALICE);
        deliveries.start();
        queue(ALICE, "job1", Mode.NEW);
        await().atMost(WAIT).until(() -> discord.started().contains("job1"));

        // when
        queue(BOB, "job2", Mode.NEW);

        // then
        await().atMost(WAIT).until(() -> discord.sent().contains("job2"));
        assertThat(discord.sent()).doesNotContain("job1");
        discord.open(ALICE);
        await().atMost(WAIT).until(() -> discord.sent().contains("job1"));
    }

    @Test
    void sendsOneUsersDmsOneAtATimeAndInOrder() {
        // given
        discord.hold(ALICE);
        deliveries.start();
        queue(ALICE, "job1", Mode.NEW);
        await().atMost(WAIT).until(() -> discord.started().contains("job1"));

        // when: more come while the first waits
        queue(ALICE, "job2", Mode.NEW);
        queue(ALICE, "job3", Mode.NEW);
        discord.open(ALICE);

        // then
        await().atMost(WAIT).until(() -> discord.sent().size() == 3);
        assertThat(discord.sent()).containsExactly("job1", "job2", "job3");
        assertThat(discord.mostAtOnce()).isEqualTo(1);
        await().atMost(WAIT).until(() -> outbox.pendingCount() == 0);
        assertThat(discord.sent()).hasSize(3);
    }

    @Test
    void aUsersDmsQueuedTogetherGoOutOldestNewsFirst() {
        // given: the poll handed over the later completion first
        queue(ALICE, "job2", Mode.NEW, clock.instant().minusSeconds(1));
        queue(ALICE, "job1", Mode.NEW, clock.instant().minusSeconds(2));

        // when (started after both are queued: how long the loop gathers a poll's events is not what is tested here)
        deliveries.start();

        // then
        await().atMost(WAIT).until(() -> discord.sent().size() == 2);
        assertThat(discord.sent()).containsExactly("job1", "job2");
    }

    @Test
    void livingMessagesWaitWhileNewDmsDo() {
        // given: Carol's completion DM is stuck at the platform, and Bob's living message is due too
        discord.hold(CAROL);
        deliveries.start();
        queue(CAROL, "job3", Mode.NEW);
        queue(BOB, "job2", Mode.LIVE);
        await().atMost(WAIT).until(() -> discord.started().contains("job3"));

        // when: another DM comes while Carol's waits
        queue(ALICE, "job1", Mode.NEW);
        await().atMost(WAIT).until(() -> discord.sent().contains("job1"));

        // then: Bob's living message goes only once no DM is left to send
        assertThat(discord.started()).doesNotContain("job2");
        discord.open(CAROL);
        await().atMost(WAIT).until(() -> discord.sent().contains("job2"));
        assertThat(discord.sent()).containsExactly("job1", "job3", "job2");
    }

    @Test
    void servesOnlyAFewUsersLivingMessagesAtOnce() {
        // given: twelve users' living messages, each held at the platform
        for (int user = 1; user <= 12; user++) {
            discord.hold(discord(Integer.toString(user)));
            queue(discord(Integer.toString(user)), "job" + user, Mode.LIVE);
        }

        // when
        deliveries.start();

        // then
        await().atMost(WAIT).until(() -> discord.started().size() == DeliveryLoop.EDITS_AT_ONCE);
        discord.openAll();
        await().atMost(WAIT).until(() -> discord.sent().size() == 12);
        assertThat(discord.mostAtOnce()).isEqualTo(DeliveryLoop.EDITS_AT_ONCE);
    }

    @Test
    void aStopLetsTheSendUnderWayFinishAndRecordsIt() throws Exception {
        // given: Alice's DM is at the platform
        discord.hold(ALICE);
        deliveries.start();
        queue(ALICE, "job1", Mode.NEW);
        await().atMost(WAIT).until(() -> discord.started().contains("job1"));

        // when: Crashy stops meanwhile, and the platform answers
        Thread stopping = new Thread(deliveries::stop);
        stopping.start();
        await().atMost(WAIT).until(() -> !deliveries.isRunning());
        discord.open(ALICE);
        stopping.join(WAIT.toMillis());

        // then: the DM went out and is recorded, so a restart does not send it again
        assertThat(stopping.isAlive()).isFalse();
        assertThat(discord.sent()).containsExactly("job1");
        assertThat(outbox.pendingCount()).isZero();
    }

    private void queue(ChatUserId user, String job, Mode mode) {
        queue(user, job, mode, clock.instant());
    }

    private void queue(ChatUserId user, String job, Mode mode, Instant due) {
        outbox.enqueue(
                List.of(new Notification(
                        user,
                        new JobId(job),
                        1,
                        JobEventKind.COMPLETED,
                        mode,
                        ChatMessage.titled(Tone.SUCCESS, "✅ Finished: " + job, "4 tasks"))),
                clock.instant(),
                due);
        deliveries.wake();
    }

    /** A Discord that holds DMs to some users until the test lets them go, and counts how many it takes at once. */
    private static final class GatedSender implements ChatSender {
        private final Map<ChatUserId, CountDownLatch> gates = new ConcurrentHashMap<>();
        private final List<String> started = new CopyOnWriteArrayList<>();
        private final List<String> sent = new CopyOnWriteArrayList<>();
        private final AtomicInteger atOnce = new AtomicInteger();
        private final AtomicInteger most = new AtomicInteger();

        @Override
        public ChatPlatform platform() {
            return ChatPlatform.DISCORD;
        }

        @Override
        public Delivery send(ChatUserId to, ChatMessage message, String key, Mode mode) {
            String job = message.title().substring(message.title().indexOf(": ") + 2);
            most.accumulateAndGet(atOnce.incrementAndGet(), Math::max);
            started.add(job);
            try {
                CountDownLatch gate = gates.get(to);
                if (gate != null && !gate.await(3 * WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                    return new Delivery.RetryLater(Duration.ofSeconds(1), "the test never opened the gate");
                }
                sent.add(job);
                return new Delivery.Sent("m-" + job);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Delivery.RetryLater(Duration.ZERO, "interrupted");
            } finally {
                atOnce.decrementAndGet();
            }
        }

        @Override
        public Delivery edit(ChatUserId to, String messageRef, ChatMessage message) {
            return new Delivery.Sent(messageRef);
        }

        void hold(ChatUserId user) {
            gates.put(user, new CountDownLatch(1));
        }

        void open(ChatUserId user) {
            gates.get(user).countDown();
        }

        void openAll() {
            gates.values().forEach(CountDownLatch::countDown);
        }

        List<String> started() {
            return List.copyOf(started);
        }

        List<String> sent() {
            return List.copyOf(sent);
        }

        int mostAtOnce() {
            return most.get();
        }
    }
}
