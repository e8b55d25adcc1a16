package crashy.farm;

import crashy.job.Job;
import crashy.job.JobId;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first contact with the farm: one complete job list to settle what happened while Crashy was not looking, and a
 * check of whether the server honours {@code States} together with {@code IdOnly}, which the cheap polls rely on.
 */
final class FarmSync {
    private static final Logger log = LoggerFactory.getLogger(FarmSync.class);
    private static final int CHECK_ATTEMPTS = 3;

    private final FarmClient client;
    private final JobTracker tracker;
    private final Clock clock;
    private volatile boolean synced;
    private volatile boolean combinedIdQueries;

    FarmSync(FarmClient client, JobTracker tracker, Clock clock) {
        this.client = client;
        this.tracker = tracker;
        this.clock = clock;
    }

    /** Syncs unless that was done already; throws {@link FarmUnavailableException} while the farm does not answer. */
    synchronized void ensureSynced() {
        if (synced) {
            return;
        }
        combinedIdQueries = combinedIdQueriesAgree();
        Instant startedAt = clock.instant();
        List<Job> all = client.allJobs();
        tracker.applyFullList(startedAt, all);
        synced = true;
        log.info(
                "Farm synced: {} jobs listed; polling ids by state {}",
                all.size(),
                combinedIdQueries ? "with States+IdOnly" : "with the documented forms only (States+IdOnly disagreed)");
    }

    boolean isSynced() {
        return synced;
    }

    /** Whether {@code States=..&IdOnly=true} gives the same jobs as {@code States=..}; false until checked. */
    boolean combinedIdQueries() {
        return combinedIdQueries;
    }

    private boolean combinedIdQueriesAgree() {
        for (int attempt = 1; attempt <= CHECK_ATTEMPTS; attempt++) {
            Set<JobId> documented = new HashSet<>(
                    client.jobsIn(StateFilter.ACTIVE).stream().map(Job::id).toList());
            Set<JobId> combined;
            try {
                combined = new HashSet<>(client.jobIdsIn(StateFilter.ACTIVE));
            } catch (FarmUnavailableException e) {
                if (e.reason() == FarmUnavailableException.Reason.REJECTED
                        || e.reason() == FarmUnavailableException.Reason.BAD_RESPONSE) {
                    return false;
                }
                throw e;
            }
            if (combined.equals(documented)) {
                return true;
            }
            // Jobs start and finish between the two calls; only a repeated disagreement counts.
        }
        return false;
    }
}
