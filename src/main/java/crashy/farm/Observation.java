package crashy.farm;

import crashy.job.Job;
import crashy.job.JobId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What one poll learned: the jobs it fetched and the ids it asked for by id that the farm no longer knows, all as of
 * the moment the poll started asking.
 */
record Observation(Instant startedAt, List<Job> seen, Set<JobId> gone) {
    Observation {
        Objects.requireNonNull(startedAt, "startedAt");
        seen = List.copyOf(seen);
        gone = Set.copyOf(gone);
    }
}
