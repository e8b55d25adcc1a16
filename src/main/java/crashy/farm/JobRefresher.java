package crashy.farm;

import crashy.job.Job;
import crashy.job.JobId;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Fetches jobs by id and applies them. An id the farm answers without is gone for good: this is the only way a job is
 * ever declared deleted, so a list that merely failed or came back short never invents a deletion.
 */
final class JobRefresher {
    private final FarmClient client;
    private final JobTracker tracker;
    private final Clock clock;

    JobRefresher(FarmClient client, JobTracker tracker, Clock clock) {
        this.client = client;
        this.tracker = tracker;
        this.clock = clock;
    }

    void refresh(Collection<JobId> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Instant startedAt = clock.instant();
        List<Job> jobs = client.jobs(ids);
        Set<JobId> gone = new HashSet<>(ids);
        jobs.forEach(job -> gone.remove(job.id()));
        tracker.apply(new Observation(startedAt, jobs, gone));
    }
}
