package crashy.summary;

import java.util.Objects;

/** What a known kind of failure means ({@code happened}) and what the artist can do about it ({@code advice}). */
public record RuleSummary(CrashKind kind, String happened, String advice) {
    public RuleSummary {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(happened, "happened");
        Objects.requireNonNull(advice, "advice");
    }

    /** Both sentences, ready for a chat message. */
    public String text() {
        return happened + " Try: " + advice;
    }
}
