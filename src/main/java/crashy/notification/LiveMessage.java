package crashy.notification;

import java.time.Instant;
import java.util.Objects;

/** The living progress DM of a job: where it is, and when it was last edited. */
public record LiveMessage(String messageRef, Instant updatedAt) {
    public LiveMessage {
        Objects.requireNonNull(messageRef, "messageRef");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }
}
