package crashy.notification;

import java.time.Instant;
import java.util.Objects;

/** A notification in the outbox: its row id, how often sending it was tried, and when it was queued. */
public record QueuedNotification(long id, Notification notification, int attempts, Instant queuedAt) {
    public QueuedNotification {
        Objects.requireNonNull(notification, "notification");
        Objects.requireNonNull(queuedAt, "queuedAt");
    }
}
