package crashy.farm;

import crashy.job.Job;
import crashy.job.JobEvent;
import crashy.job.JobId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Remembers the last seen state of every tracked job and the events detected from it, so that a restart neither
 * misses nor repeats anything. A state and the events it produced are always written together.
 */
public interface JobStore {
    /** Every job as last seen. */
    List<Job> jobs();

    /** Whether a first full view of the farm was ever stored (before it, differences are not events). */
    boolean hasBaseline();

    /** Stores the jobs as seen now, forgets the gone ones and appends the events, all or nothing. */
    void record(Collection<Job> seen, Collection<JobId> gone, List<JobEvent> events, Instant detectedAt);

    /** Marks that a first full view of the farm is stored. */
    void markBaseline(Instant at);

    /** Events not yet handed to listeners, oldest first. */
    List<RecordedJobEvent> undispatched(int limit);

    void markDispatched(long sequence);

    /** Forgets jobs without saying anything about them (they left the tracked window). */
    void forget(Collection<JobId> ids);

    /** Deletes handed-over events detected before the given moment. */
    void pruneEvents(Instant detectedBefore);
}
