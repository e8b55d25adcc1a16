package crashy.notification;

import crashy.farm.RecordedJobEvent;
import crashy.job.JobEvent;
import crashy.subscription.ChatPlatform;
import crashy.subscription.SubscriptionService;
import crashy.subscription.TestSubscriptions;
import crashy.testing.MutableClock;
import crashy.testing.RecordingChatSender;
import crashy.testing.TestDatabase;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/** Notifier, outbox and deliveries wired as in production around a recording Discord, delivered by hand. */
final class NotificationHarness {
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T20:00:00Z"));
    final DataSource database = TestDatabase.fresh();
    final SubscriptionService subscriptions = TestSubscriptions.create(database, clock, "alice", "bob");
    final RecordingChatSender discord = new RecordingChatSender(ChatPlatform.DISCORD);
    final JdbcOutbox outbox = new JdbcOutbox(database);
    final Deliveries deliveries = new Deliveries(List.of(discord), outbox, subscriptions, clock);
    final JobEventNotifier notifier =
            new JobEventNotifier(subscriptions, new NotificationComposer(), outbox, deliveries, clock);
    private final AtomicLong sequence = new AtomicLong();

    void publish(JobEvent event) {
        notifier.onJobEvent(new RecordedJobEvent(sequence.incrementAndGet(), clock.instant(), event));
    }

    void replay(long eventSequence, JobEvent event) {
        notifier.onJobEvent(new RecordedJobEvent(eventSequence, clock.instant(), event));
    }

    int deliver() {
        return deliveries.deliverDue(ChatPlatform.DISCORD);
    }
}
