package crashy.farm;

import crashy.job.FinishForecast;
import crashy.job.Job;
import crashy.job.JobForecast;
import crashy.job.JobId;
import crashy.job.Task;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Forecasts an active job's finish from its tasks and the workers on the board. The poller never reads tasks: they are
 * fetched here, only for a job someone asks about that has completed a task and has a worker on it, kept per job, and
 * fetched again only once more of its tasks completed and at most once a minute, so a followed job costs the farm at
 * most one tasks request a minute however often its living message changes.
 */
@Component
final class FarmFinishForecast implements FinishForecast {
    static final Duration REFRESH_AT_MOST_EVERY = Duration.ofMinutes(1);
    private static final Logger log = LoggerFactory.getLogger(FarmFinishForecast.class);

    private final FarmClient farm;
    private final JobBoard board;
    private final Map<JobId, Snapshot> snapshots = new ConcurrentHashMap<>();

    /** The tasks as fetched when the job had {@code completed} tasks done; -1 after a failed fetch. */
    private record Snapshot(List<Task> tasks, int completed, Instant fetchedAt) {}

    FarmFinishForecast(FarmClient farm, JobBoard board) {
        this.farm = farm;
        this.board = board;
    }

    @Override
    public Optional<Instant> finishAt(Job job, Instant now) {
        snapshots.keySet().removeIf(this::isNoLongerActive);
        int workers = workersOn(job.id());
        if (!job.state().isActive() || job.tasks().completed() == 0 || workers == 0) {
            return Optional.empty();
        }
        return JobForecast.finishAt(tasksOf(job, now), workers, now);
    }

    private int workersOn(JobId job) {
        return (int) board.workers().stream()
                .filter(worker -> worker.currentJob().filter(job::equals).isPresent())
                .count();
    }

    private List<Task> tasksOf(Job job, Instant now) {
        Snapshot known = snapshots.get(job.id());
        if (known != null && !isDue(known, job, now)) {
            return known.tasks();
        }
        try {
            List<Task> tasks = farm.tasks(job.id());
            snapshots.put(job.id(), new Snapshot(tasks, job.tasks().completed(), now));
            return tasks;
        } catch (FarmUnavailableException e) {
            log.debug("No tasks for the forecast of job={}: {}", job.id(), e.getMessage());
            List<Task> stale = known == null ? List.of() : known.tasks();
            snapshots.put(job.id(), new Snapshot(stale, -1, now));
            return stale;
        }
    }

    private static boolean isDue(Snapshot known, Job job, Instant now) {
        return known.completed() != job.tasks().completed()
                && !now.isBefore(known.fetchedAt().plus(REFRESH_AT_MOST_EVERY));
    }

    private boolean isNoLongerActive(JobId id) {
        return board.find(id).filter(job -> job.state().isActive()).isEmpty();
    }
}
