package crashy.notification;

import crashy.subscription.SubscriptionService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers one queued notification through its platform's sender and records the outcome: sent, retried later with
 * growing back-off (never sooner than the platform asked), undeliverable, or, after a day of trying, given up.
 * Living progress messages are edited in place at most every {@link #LIVE_EDIT_INTERVAL}, newest content only.
 */
final class Courier {
    static final Duration LIVE_EDIT_INTERVAL = Duration.ofSeconds(10);
    static final Duration GIVE_UP_AFTER = Duration.ofHours(24);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(Courier.class);

    private final ChatSender sender;
    private final Outbox outbox;
    private final SubscriptionService subscriptions;
    private final Clock clock;

    Courier(ChatSender sender, Outbox outbox, SubscriptionService subscriptions, Clock clock) {
        this.sender = sender;
        this.outbox = outbox;
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    void deliver(QueuedNotification queued) {
        Notification n = queued.notification();
        switch (n.mode()) {
            case LIVE -> deliverLive(queued);
            case AMEND -> deliverAmendment(queued);
            case NEW -> record(queued, sender.send(n.user(), n.message(), n.key(), Mode.NEW));
        }
    }

    private void deliverAmendment(QueuedNotification queued) {
        Notification n = queued.notification();
        Optional<String> sent = outbox.sentMessage(n.user(), n.job(), n.eventSequence());
        if (sent.isEmpty()) {
            // The message itself is on its way (or failed for good, and then the amendment goes nowhere).
            outbox.retryAt(queued.id(), clock.instant().plusSeconds(2), "waiting for the message to amend");
            return;
        }
        record(queued, sender.edit(n.user(), sent.get(), n.message()));
    }

    private void deliverLive(QueuedNotification queued) {
        Notification n = queued.notification();
        outbox.supersedeLive(n.user(), n.job(), queued.id());
        Optional<LiveMessage> live = outbox.liveMessage(n.user(), n.job());
        Instant now = clock.instant();
        if (live.isPresent() && live.get().updatedAt().plus(LIVE_EDIT_INTERVAL).isAfter(now)) {
            outbox.retryAt(queued.id(), live.get().updatedAt().plus(LIVE_EDIT_INTERVAL), "waiting to edit");
            return;
        }
        Delivery delivery = live.isPresent()
                ? sender.edit(n.user(), live.get().messageRef(), n.message())
                : sender.send(n.user(), n.message(), n.key(), Mode.LIVE);
        if (delivery instanceof Delivery.Undeliverable && live.isPresent()) {
            // The living message is gone (deleted by the user): start a new one rather than lose the update.
            delivery = sender.send(n.user(), n.message(), n.key(), Mode.LIVE);
        }
        if (delivery instanceof Delivery.Sent sent) {
            outbox.saveLiveMessage(n.user(), n.job(), sent.messageRef(), now);
        }
        record(queued, delivery);
    }

    private void record(QueuedNotification queued, Delivery delivery) {
        Notification n = queued.notification();
        Instant now = clock.instant();
        if (delivery instanceof Delivery.Sent sent) {
            outbox.markSent(queued, sent.messageRef(), now);
            if (n.mode() == Mode.NEW) {
                log.info("Notified {} job={} user={}", n.kind(), n.job(), n.user());
            }
        } else if (delivery instanceof Delivery.RetryLater retry) {
            retry(queued, retry, now);
        } else if (delivery instanceof Delivery.Undeliverable undeliverable) {
            outbox.markUndeliverable(queued.id(), undeliverable.why());
            subscriptions.markUndeliverable(n.user(), now, undeliverable.why());
            log.warn("Cannot DM user={} about job={}: {}", n.user(), n.job(), undeliverable.why());
        } else {
            throw new IllegalStateException("unknown delivery " + delivery);
        }
    }

    private void retry(QueuedNotification queued, Delivery.RetryLater retry, Instant now) {
        Notification n = queued.notification();
        if (queued.queuedAt().plus(GIVE_UP_AFTER).isBefore(now)) {
            outbox.markGivenUp(queued.id(), retry.why());
            log.error(
                    "Gave up on {} job={} user={} after a day of trying: {}", n.kind(), n.job(), n.user(), retry.why());
            return;
        }
        Duration backoff = Duration.ofSeconds(1L << Math.min(queued.attempts(), 10));
        Duration wait = backoff.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff;
        if (retry.after().compareTo(wait) > 0) {
            wait = retry.after();
        }
        outbox.retryAt(queued.id(), now.plus(wait), retry.why());
    }
}
