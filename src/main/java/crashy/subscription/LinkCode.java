package crashy.subscription;

import java.time.Instant;
import java.util.Objects;

/** A one-time code that links a Telegram account to the Deadline user of the Discord user who asked for it. */
public record LinkCode(String code, String deadlineUser, Instant expiresAt) {
    public LinkCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(deadlineUser, "deadlineUser");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }
}
