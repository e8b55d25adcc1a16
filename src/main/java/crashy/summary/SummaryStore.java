package crashy.summary;

import java.time.Instant;
import java.util.Optional;

/** Remembers explanations by error fingerprint, across jobs and restarts. */
public interface SummaryStore {
    Optional<StoredSummary> find(String fingerprint);

    /** Keeps the summary, replacing any earlier one for the same fingerprint. */
    void save(StoredSummary summary);

    /** The tokens the summaries stored since then cost, so a restart does not reset the daily budget. */
    long tokensSince(Instant since);
}
