package crashy.farm;

import crashy.job.Job;
import crashy.job.JobId;
import crashy.job.JobState;
import java.time.Clock;
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
final class ActiveTier implements PollTier {
    private static final int MAX_ROTATION = 100;

    private final FarmClient client;
    private final JobBoard board;
    private final JobTracker tracker;
    private final FarmSync sync;
    private final JobRefresher refresher;
    private final Clock clock;
    private final Duration interval;
    private final WorkerAssignments assignments = new WorkerAssignments();

    ActiveTier(FarmClient client, JobTracker tracker, FarmSync sync, JobBoard board, Clock clock, Duration interval) {
        this.client = client;
        this.board = board;
        this.tracker = tracker;
        this.sync = sync;
        this.refresher = new JobRefresher(client, tracker, clock);
        this.clock = clock;
        this.interval = interval;
    }

    @Override
    public String name() {
        return "active";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public void tick() {
        sync.ensureSynced();
        Set<JobId> wanted = new LinkedHashSet<>();
        if (sync.combinedIdQueries()) {
            wanted.addAll(activeListChanges(new HashSet<>(client.jobIdsIn(StateFilter.ACTIVE))));
        }
        List<Worker> workers = client.workers();
        board.replaceWorkers(workers);
        wanted.addAll(assignments.jobsTouchedBy(workers));
        wanted.addAll(dueForRecheck(clock.instant()));
        refresher.refresh(wanted);
    }

    /** Ids that entered the active list (new, started, resumed, requeued) or left it (finished, suspended, gone). */
    private Set<JobId> activeListChanges(Set<JobId> listed) {
        Set<JobId> knownActive = new HashSet<>();
        board.jobs().stream().filter(job -> job.state().isActive()).forEach(job -> knownActive.add(job.id()));
        Set<JobId> changes = new HashSet<>();
        listed.stream().filter(id -> !knownActive.contains(id)).forEach(changes::add);
        knownActive.stream().filter(id -> !listed.contains(id)).forEach(changes::add);
        return changes;
    }

    private List<JobId> dueForRecheck(Instant now) {
        return board.jobs().stream()
                .filter(job -> job.state().isActive())
                .filter(job -> !tracker.observedAt(job.id()).isAfter(now.minus(recheckAfter(job))))
                .sorted(Comparator.comparing(job -> tracker.observedAt(job.id())))
                .limit(MAX_ROTATION)
                .map(Job::id)
                .toList();
    }

    private Duration recheckAfter(Job job) {
        return interval.multipliedBy(job.state() == JobState.RENDERING ? 5 : 20);
    }
}
