package crashy.notification;

import crashy.farm.RecordedJobEvent;
import crashy.job.Job;
import crashy.job.JobErrored;
import crashy.job.JobEvent;
import crashy.job.JobEventKind;
import crashy.subscription.ChatUser;
import crashy.subscription.Interest;
import crashy.subscription.Recipient;
import crashy.subscription.SubscriptionService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Decides who hears about each job event and how: a new DM for what an artist must know now (finished, failed, began
 * erroring, and what they opted into), an edit of the living progress DM for the rest. Everything goes to the outbox
 * first, keyed by the event's sequence, so a replayed event adds nothing.
 */
@Component
public final class JobEventNotifier {
    /**
     * Living-message updates fall due this long after their event, so that when many jobs end at once the new DMs,
     * due at once, take the platform's first turns (a living message is edited at most every ten seconds anyway).
     */
    static final Duration LIVE_DELAY = Duration.ofSeconds(1);

    private final SubscriptionService subscriptions;
    private final NotificationComposer composer;
    private final Outbox outbox;
    private final Deliveries deliveries;
    private final CrashExplanations explanations;
    private final Clock clock;

    JobEventNotifier(
            SubscriptionService subscriptions,
            NotificationComposer composer,
            Outbox outbox,
            Deliveries deliveries,
            CrashExplanations explanations,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.composer = composer;
        this.outbox = outbox;
        this.deliveries = deliveries;
        this.explanations = explanations;
        this.clock = clock;
    }

    @EventListener
    public void onJobEvent(RecordedJobEvent recorded) {
        Instant now = clock.instant();
        List<Notification> notifications = new ArrayList<>();
        for (Recipient recipient : subscriptions.recipients(recorded.event().job())) {
            if (deliveries.serves(recipient.user().id().platform())) {
                notifications.addAll(notificationsFor(recipient, recorded, now));
            }
        }
        List<Notification> failures = notifications.stream()
                .filter(n -> n.mode() == Mode.NEW && CrashExplanations.explains(recorded.event()))
                .toList();
        if (!failures.isEmpty()) {
            notifications = explanations.withRuleBasedSummary(recorded.event(), notifications, failures);
        }
        if (enqueue(notifications, recorded.event(), now)) {
            deliveries.wake();
        }
    }

    /**
     * New DMs fall due when what they tell happened (a job's completion; for other events, now), so that of many DMs
     * waiting for the platform the oldest news goes first; living-message updates fall due {@link #LIVE_DELAY} after
     * now. Says whether any was new.
     */
    private boolean enqueue(List<Notification> notifications, JobEvent event, Instant now) {
        Map<Boolean, List<Notification>> living =
                notifications.stream().collect(Collectors.partitioningBy(n -> n.mode() == Mode.LIVE));
        Instant happened = event.kind() == JobEventKind.COMPLETED
                ? event.job().completedAt().filter(at -> at.isBefore(now)).orElse(now)
                : now;
        return outbox.enqueue(living.get(false), now, happened)
                        + outbox.enqueue(living.get(true), now, now.plus(LIVE_DELAY))
                > 0;
    }

    private List<Notification> notificationsFor(Recipient recipient, RecordedJobEvent recorded, Instant now) {
        JobEvent event = recorded.event();
        Job job = event.job();
        ChatUser user = recipient.user();
        boolean follows = recipient.interest() == Interest.FOLLOW;
        List<Notification> out = new ArrayList<>();
        if (wantsNewMessage(user, recipient.interest(), event)) {
            out.add(new Notification(
                    user.id(), job.id(), recorded.sequence(), event.kind(), Mode.NEW, composer.compose(event, now)));
        }
        if (follows && event.kind() != JobEventKind.SUBMITTED) {
            out.add(new Notification(
                    user.id(), job.id(), recorded.sequence(), event.kind(), Mode.LIVE, composer.live(job, now)));
        }
        return out;
    }

    private static boolean wantsNewMessage(ChatUser user, Interest interest, JobEvent event) {
        JobEventKind kind = event.kind();
        if (!user.notifyOn().contains(kind)) {
            return false;
        }
        return switch (kind) {
            case COMPLETED, FAILED -> true;
            // Only when a render starts erroring: later rises show in the living message instead of buzzing again.
            case ERRORED ->
                interest == Interest.FOLLOW
                        && ((JobErrored) event).previousErrors() == 0
                        && !event.job().state().isFinished();
            case FIRST_TASK_COMPLETED, SUSPENDED, DELETED -> interest == Interest.FOLLOW;
            case SUBMITTED, STARTED, PROGRESSED, TASKS_FAILED, RESUMED, REQUEUED -> false;
        };
    }
}
