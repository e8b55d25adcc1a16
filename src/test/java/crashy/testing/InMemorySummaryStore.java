package crashy.testing;

import crashy.summary.StoredSummary;
import crashy.summary.SummaryStore;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Explanations kept in a map; survives "restarts" as long as the test keeps the instance. */
public final class InMemorySummaryStore implements SummaryStore {
    private final Map<String, StoredSummary> summaries = new ConcurrentHashMap<>();

    @Override
    public Optional<StoredSummary> find(String fingerprint) {
        return Optional.ofNullable(summaries.get(fingerprint));
    }

    @Override
    public void save(StoredSummary summary) {
        summaries.put(summary.fingerprint(), summary);
    }

    @Override
    public long tokensSince(Instant since) {
        return summaries.values().stream()
                .filter(summary -> !summary.createdAt().isBefore(since))
                .mapToLong(summary -> summary.inputTokens() + summary.outputTokens())
                .sum();
    }

    public int size() {
        return summaries.size();
    }
}
