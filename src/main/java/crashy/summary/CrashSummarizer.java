package crashy.summary;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Explains one error from its {@link Evidence} in a few plain sentences fit for a chat message. Best-effort: empty when
 * the service fails, refuses or is too slow, never an exception.
 */
public interface CrashSummarizer {
    /** Pass this when nobody watches the answer grow; an adapter may then skip streaming. */
    Consumer<String> NO_PARTIAL_TEXT = text -> {};

    /**
     * The explanation, while {@code partialText} receives the answer so far each time it grows, already cleaned like
     * the final text; the caller throttles what it does with it.
     */
    Optional<AiSummary> summarize(Evidence evidence, Consumer<String> partialText);

    default Optional<String> summarize(Evidence evidence) {
        return summarize(evidence, NO_PARTIAL_TEXT).map(AiSummary::text);
    }
}
