package crashy.farm;

import crashy.job.Job;
import crashy.job.JobId;
import crashy.job.JobState;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every few seconds: which jobs are active (ids only) and what the workers are on; then fetches in full just the jobs
 * that entered or left the active list, the jobs workers left or joined, and a few of the longest unchecked active
 * jobs, so every rendering job is re-read at least every 5 ticks and every queued one every 20.
 */
final class ActiveTier {
    private static final int MAX_ROTATION = 100;

    private final PollContext farm;
    private final Duration interval;
    private final WorkerAssignments assignments = new WorkerAssignments();

    ActiveTier(PollContext farm, Duration interval) {
        this.farm = farm;
        this.interval = interval;
    }

    void tick() {
        farm.sync().ensureSynced();
        Set<JobId> wanted = new LinkedHashSet<>();
        if (farm.sync().combinedIdQueries()) {
            wanted.addAll(activeListChanges(new HashSet<>(farm.client().jobIdsIn(StateFilter.ACTIVE))));
        }
        List<Worker> workers = farm.client().workers();
        farm.board().replaceWorkers(workers);
        wanted.addAll(assignments.jobsTouchedBy(workers));
        wanted.addAll(dueForRecheck(farm.clock().instant()));
        farm.refresher().refresh(wanted);
    }

    /** Ids that entered the active list (new, started, resumed, requeued) or left it (finished, suspended, gone). */
    private Set<JobId> activeListChanges(Set<JobId> listed) {
        Set<JobId> knownActive = new HashSet<>();
        farm.board().jobs().stream().filter(job -> job.state().isActive()).forEach(job -> knownActive.add(job.id()));
        Set<JobId> changes = new HashSet<>();
        listed.stream().filter(id -> !knownActive.contains(id)).forEach(changes::add);
        knownActive.stream().filter(id -> !listed.contains(id)).forEach(changes::add);
        return changes;
    }

    private List<JobId> dueForRecheck(Instant now) {
        return farm.board().jobs().stream()
                .filter(job -> job.state().isActive())
                .filter(job -> !farm.tracker().observedAt(job.id()).isAfter(now.minus(recheckAfter(job))))
                .sorted(Comparator.comparing(job -> farm.tracker().observedAt(job.id())))
                .limit(MAX_ROTATION)
                .map(Job::id)
                .toList();
    }

    private Duration recheckAfter(Job job) {
        return interval.multipliedBy(job.state() == JobState.RENDERING ? 5 : 20);
    }
}
