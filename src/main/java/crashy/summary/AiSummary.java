package crashy.summary;

import java.util.Objects;

/** A language model's explanation of one error, with what it cost. */
public record AiSummary(String text, String model, int inputTokens, int outputTokens) {
    public AiSummary {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(model, "model");
        if (inputTokens < 0 || outputTokens < 0) {
            throw new IllegalArgumentException("token counts cannot be negative");
        }
    }

    public int tokens() {
        return inputTokens + outputTokens;
    }
}
