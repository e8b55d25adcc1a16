package crashy.notification;

import java.time.Instant;
import java.util.Objects;

/**
 * A notification in the outbox: its row id, how often sending it was tried, when it was queued, and which version of
 * its content this is (amendments change it).
 */
public record QueuedNotification(long id, Notification notification, int attempts, Instant queuedAt, int version) {
    public QueuedNotification {
        Objects.requireNonNull(notification, "notification");
        Objects.requireNonNull(queuedAt, "queuedAt");
    }
}
