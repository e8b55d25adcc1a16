package crashy.notification;

import crashy.job.JobErrored;
import crashy.job.JobEvent;
import crashy.job.JobFailed;
import crashy.message.ChatMessage;
import crashy.summary.CrashExplainer;
import crashy.summary.CrashSummary;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Puts what went wrong into failure DMs: the rule-based summary at once (the DM never waits for a language model),
 * then the language model's text as it streams, by amending the DMs at most every {@link #AMEND_EVERY}.
 */
@Component
final class CrashExplanations {
    static final Duration AMEND_EVERY = Duration.ofSeconds(3);
    private static final Logger log = LoggerFactory.getLogger(CrashExplanations.class);

    private final CrashExplainer explainer;
    private final Outbox outbox;
    private final Deliveries deliveries;
    private final Clock clock;

    CrashExplanations(CrashExplainer explainer, Outbox outbox, Deliveries deliveries, Clock clock) {
        this.explainer = explainer;
        this.outbox = outbox;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** Whether the event's DM should say what went wrong: a failure, or a render that starts erroring. */
    static boolean explains(JobEvent event) {
        return event instanceof JobFailed || (event instanceof JobErrored errored && errored.previousErrors() == 0);
    }

    /** The notifications with the rule-based summary added to {@code failures}; the AI text amends them later. */
    List<Notification> withRuleBasedSummary(JobEvent event, List<Notification> all, List<Notification> failures) {
        AtomicReference<List<Notification>> explained = new AtomicReference<>(List.of());
        AtomicReference<Instant> lastAmend = new AtomicReference<>(Instant.EPOCH);
        Optional<CrashSummary> summary = explainer.explain(event.job().id(), partial -> {
            Instant now = clock.instant();
            if (Duration.between(lastAmend.get(), now).compareTo(AMEND_EVERY) >= 0) {
                lastAmend.set(now);
                amend(explained.get(), partial, now);
            }
        });
        if (summary.isEmpty()) {
            return all;
        }
        List<Notification> result = new ArrayList<>();
        List<Notification> withSummary = new ArrayList<>();
        for (Notification n : all) {
            Notification changed = failures.contains(n) ? with(n, ruled(n.message(), summary.get())) : n;
            result.add(changed);
            if (changed != n) {
                withSummary.add(changed);
            }
        }
        explained.set(List.copyOf(withSummary));
        summary.get()
                .aiText()
                .thenAccept(text -> text.ifPresent(ai -> amend(explained.get(), ai, clock.instant())))
                .exceptionally(failure -> {
                    log.error(
                            "Could not add the AI summary to the failure DMs of job={}",
                            event.job().id(),
                            failure);
                    return null;
                });
        return result;
    }

    private void amend(List<Notification> notifications, String aiText, Instant now) {
        if (notifications.isEmpty()) {
            return;
        }
        notifications.forEach(n -> outbox.amend(with(n, n.message().withField("AI summary", aiText)), now));
        deliveries.wake();
    }

    private static ChatMessage ruled(ChatMessage message, CrashSummary summary) {
        return message.withField("What happened", summary.text())
                .withButton("Why?", "why " + summary.job().value());
    }

    private static Notification with(Notification n, ChatMessage message) {
        return new Notification(n.user(), n.job(), n.eventSequence(), n.kind(), n.mode(), message);
    }
}
