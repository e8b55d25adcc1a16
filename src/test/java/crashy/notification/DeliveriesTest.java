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

    private final Clock clock = Clock.systemUTC();
    private final DataSource database = TestDatabase.fresh();
    private final JdbcOutbox outbox = new JdbcOutbox(database);
    private final GatedSender discord = new GatedSender();
    private final Deliveries deliveries =
            new Deliveries(List.of(discord), outbox, TestSubscriptions.create(database, clock, "alice", "bob"), clock);

    @AfterEach
    void stop() {
        discord.open();
        deliveries.stop();
    }

    @Test
    void aUserWhoseDmWaitsForThePlatformHoldsUpNoOneElse() {
        // given: Alice's DM is stuck at the platform
        deliveries.start();
        queue(ALICE, "job1");
        await().atMost(WAIT).until(() -> discord.started().contains("job1"));

        // when
        queue(BOB, "job2");

        // then
        await().atMost(WAIT).until(() -> discord.sent().contains("job2"));
        assertThat(discord.sent()).doesNotContain("job1");
        discord.open();
        await().atMost(WAIT).until(() -> discord.sent().contains("job1"));
    }

    @Test
    void sendsOneUsersDmsOneAtATimeAndInOrder() {
        // given
        deliveries.start();
        queue(ALICE, "job1");
        await().atMost(WAIT).until(() -> discord.started().contains("job1"));

        // when: more come while the first waits
        queue(ALICE, "job2");
        queue(ALICE, "job3");
        discord.open();

        // then
        await().atMost(WAIT).until(() -> discord.sent().size() == 3);
        assertThat(discord.sent()).containsExactly("job1", "job2", "job3");
        assertThat(discord.mostAtOnce(ALICE)).isEqualTo(1);
        await().atMost(WAIT).until(() -> outbox.pendingCount() == 0);
        assertThat(discord.sent()).hasSize(3);
    }

    @Test
    void aUsersDmsQueuedTogetherGoOutOldestNewsFirst() {
        // given
        deliveries.start();
        discord.open();

        // when: the poll hands over the later completion first
        queue(ALICE, "job2", clock.instant().minusSeconds(1));
        queue(ALICE, "job1", clock.instant().minusSeconds(2));

        // then
        await().atMost(WAIT).until(() -> discord.sent().size() == 2);
        assertThat(discord.sent()).containsExactly("job1", "job2");
    }

    private void queue(ChatUserId user, String job) {
        queue(user, job, clock.instant());
    }

    private void queue(ChatUserId user, String job, Instant happened) {
        outbox.enqueue(
                List.of(new Notification(
                        user,
                        new JobId(job),
                        1,
                        JobEventKind.COMPLETED,
                        Mode.NEW,
                        ChatMessage.titled(Tone.SUCCESS, "✅ Finished: " + job, "4 tasks"))),
                clock.instant(),
                happened);
        deliveries.wake();
    }

    /** A Discord whose DMs to Alice wait until the test opens the gate; it counts how many go to a user at once. */
    private static final class GatedSender implements ChatSender {
        private final CountDownLatch gate = new CountDownLatch(1);
        private final List<String> started = new CopyOnWriteArrayList<>();
        private final List<String> sent = new CopyOnWriteArrayList<>();
        private final Map<ChatUserId, AtomicInteger> atOnce = new ConcurrentHashMap<>();
        private final Map<ChatUserId, Integer> most = new ConcurrentHashMap<>();

        @Override
        public ChatPlatform platform() {
            return ChatPlatform.DISCORD;
        }

        @Override
        public Delivery send(ChatUserId to, ChatMessage message, String key, Mode mode) {
            String job = message.title().substring(message.title().indexOf(": ") + 2);
            int now = atOnce.computeIfAbsent(to, user -> new AtomicInteger()).incrementAndGet();
            most.merge(to, now, Math::max);
            started.add(job);
            try {
                if (to.equals(ALICE) && !gate.await(3 * WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                    return new Delivery.RetryLater(Duration.ofSeconds(1), "the test never opened the gate");
                }
                sent.add(job);
                return new Delivery.Sent("m-" + job);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Delivery.RetryLater(Duration.ZERO, "interrupted");
            } finally {
                atOnce.get(to).decrementAndGet();
            }
        }

        @Override
        public Delivery edit(ChatUserId to, String messageRef, ChatMessage message) {
            return new Delivery.Sent(messageRef);
        }

        void open() {
            gate.countDown();
        }

        List<String> started() {
            return List.copyOf(started);
        }

        List<String> sent() {
            return List.copyOf(sent);
        }

        int mostAtOnce(ChatUserId user) {
            return most.getOrDefault(user, 0);
        }
    }
}
