package crashy.notification;

import static crashy.subscription.TestSubscriptions.discord;
import static org.assertj.core.api.Assertions.assertThat;

import crashy.job.JobEventKind;
import crashy.job.JobId;
import crashy.message.ChatMessage;
import crashy.message.Tone;
import crashy.subscription.ChatPlatform;
import crashy.subscription.ChatUserId;
import crashy.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The outbox on the embedded database: what falls due, in which order, and for whom. */
class JdbcOutboxTest {
    private static final Instant NOW = Instant.parse("2026-11-25T23:00:00Z");

    private final JdbcOutbox outbox = new JdbcOutbox(TestDatabase.fresh());

    @Test
    void handsOutNewDmsBeforeEditsOfLivingMessagesQueuedEarlier() {
        // given: a living message update waits, then two jobs complete
        outbox.enqueue(List.of(notification(discord("1"), "job1", Mode.LIVE)), NOW.minusSeconds(5));
        outbox.enqueue(
                List.of(notification(discord("2"), "job2", Mode.NEW), notification(discord("2"), "job2", Mode.LIVE)),
                NOW);
        outbox.enqueue(List.of(notification(discord("1"), "job3", Mode.NEW)), NOW);

        // when
        List<QueuedNotification> due = outbox.due(ChatPlatform.DISCORD, NOW, 10, Set.of());

        // then
        assertThat(due)
                .extracting(q ->
                        q.notification().job().value() + " " + q.notification().mode())
                .containsExactly("job2 NEW", "job3 NEW", "job1 LIVE", "job2 LIVE");
    }

    @Test
    void handsOutOnlyTheNewestUpdateOfALivingMessage() {
        // given: two updates of job1's living message, the older due first
        outbox.enqueue(List.of(notification(discord("1"), "job1", Mode.LIVE, 1)), NOW.minusSeconds(5));
        outbox.enqueue(List.of(notification(discord("1"), "job1", Mode.LIVE, 2)), NOW);

        // when
        List<QueuedNotification> due = outbox.due(ChatPlatform.DISCORD, NOW, 10, Set.of());

        // then
        assertThat(due).extracting(q -> q.notification().eventSequence()).containsExactly(2L);
    }

    @Test
    void leavesOutTheUsersItIsToldToSkip() {
        // given
        outbox.enqueue(
                List.of(notification(discord("1"), "job1", Mode.NEW), notification(discord("2"), "job2", Mode.NEW)),
                NOW);

        // when
        List<QueuedNotification> due = outbox.due(ChatPlatform.DISCORD, NOW, 10, Set.of("1"));

        // then
        assertThat(due).extracting(q -> q.notification().user()).containsExactly(discord("2"));
    }

    @Test
    void saysWhenTheNextNotificationThatIsNotDueYetFallsDue() {
        // given: one due now, one retried in 30 s
        outbox.enqueue(
                List.of(notification(discord("1"), "job1", Mode.NEW), notification(discord("2"), "job2", Mode.NEW)),
                NOW);
        long retried =
                outbox.due(ChatPlatform.DISCORD, NOW, 10, Set.of()).get(1).id();
        outbox.retryAt(retried, NOW.plusSeconds(30), "rate limited");

        // expect
        assertThat(outbox.nextDueAfter(ChatPlatform.DISCORD, NOW)).hasValue(NOW.plusSeconds(30));
        assertThat(outbox.nextDueAfter(ChatPlatform.DISCORD, NOW.plus(Duration.ofMinutes(1))))
                .isEmpty();
        assertThat(outbox.nextDueAfter(ChatPlatform.TELEGRAM, NOW)).isEmpty();
    }

    private static Notification notification(ChatUserId user, String job, Mode mode) {
        return notification(user, job, mode, 1);
    }

    private static Notification notification(ChatUserId user, String job, Mode mode, long eventSequence) {
        return new Notification(
                user,
                new JobId(job),
                eventSequence,
                JobEventKind.COMPLETED,
                mode,
                ChatMessage.titled(Tone.SUCCESS, "✅ Finished: " + job, "4 tasks"));
    }
}
