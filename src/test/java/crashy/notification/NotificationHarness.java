package crashy.notification;

import crashy.farm.RecordedJobEvent;
import crashy.job.ErrorReport;
import crashy.job.FinishForecast;
import crashy.job.JobEvent;
import crashy.job.JobId;
import crashy.job.Task;
import crashy.subscription.ChatPlatform;
import crashy.subscription.SubscriptionService;
import crashy.subscription.TestSubscriptions;
import crashy.summary.CrashExplainer;
import crashy.summary.CrashSummaries;
import crashy.summary.FailureEvidence;
import crashy.summary.TokenBudget;
import crashy.testing.InMemorySummaryStore;
import crashy.testing.MutableClock;
import crashy.testing.RecordingChatSender;
import crashy.testing.ScriptedCrashSummarizer;
import crashy.testing.TestDatabase;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
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
    final List<ErrorReport> reports = new CopyOnWriteArrayList<>();
    final ScriptedCrashSummarizer summarizer = new ScriptedCrashSummarizer();
    final CrashSummaries summaries =
            new CrashSummaries(new InMemorySummaryStore(), List.of(summarizer), new TokenBudget(100_000, clock), clock);
    final JobEventNotifier notifier = new JobEventNotifier(
            subscriptions,
            new NotificationComposer(FinishForecast.unknown(), false),
            outbox,
            deliveries,
            new CrashExplanations(new CrashExplainer(evidence(), summaries), outbox, deliveries, clock),
            clock);
    private final AtomicLong sequence = new AtomicLong();

    void publish(JobEvent event) {
        notifier.onJobEvent(new RecordedJobEvent(sequence.incrementAndGet(), clock.instant(), event));
    }

    void replay(long eventSequence, JobEvent event) {
        notifier.onJobEvent(new RecordedJobEvent(eventSequence, clock.instant(), event));
    }

    private FailureEvidence evidence() {
        return new FailureEvidence() {
            @Override
            public List<ErrorReport> errorReports(JobId job) {
                return List.copyOf(reports);
            }

            @Override
            public List<Task> tasks(JobId job) {
                return List.of();
            }

            @Override
            public String contents(JobId job, String reportId) {
                return "2026-11-25 20:01:02:  0: STDOUT: [arnold] ERROR | unable to find texture /mnt/tex/wall.tx";
            }
        };
    }

    int deliver() {
        return deliveries.deliverDue(ChatPlatform.DISCORD);
    }
}
