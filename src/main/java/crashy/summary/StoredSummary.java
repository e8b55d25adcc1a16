package crashy.summary;

import java.time.Instant;
import java.util.Objects;

/** An explanation kept for the error with this fingerprint hash, so it is paid for once. */
public record StoredSummary(
        String fingerprint, String text, String model, int inputTokens, int outputTokens, Instant createdAt) {
    public StoredSummary {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static StoredSummary of(ErrorFingerprint fingerprint, AiSummary summary, Instant createdAt) {
        return new StoredSummary(
                fingerprint.hash(),
                summary.text(),
                summary.model(),
                summary.inputTokens(),
                summary.outputTokens(),
                createdAt);
    }
}
