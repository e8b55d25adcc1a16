package crashy.farm;

import crashy.job.Job;
import crashy.job.JobId;
import crashy.job.JobState;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The farm as Crashy last saw it: every tracked job, the workers and whether Deadline answers. Read by commands from
 * any thread; written only by the poller.
 */
@Component
public final class JobBoard {
    private final Map<JobId, Job> jobs = new ConcurrentHashMap<>();
    private volatile List<Worker> workers = List.of();
    private volatile FarmHealth health = FarmHealth.NOT_YET_REACHED;

    public Optional<Job> find(JobId id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /** The job with this id, or else the newest job whose name contains the text (ignoring case). */
    public Optional<Job> findByIdOrName(String text) {
        String wanted = text.strip();
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        Job byId = jobs.get(new JobId(wanted));
        if (byId != null) {
            return Optional.of(byId);
        }
        String lower = wanted.toLowerCase(Locale.ROOT);
        return jobs.values().stream()
                .filter(job -> job.displayName().toLowerCase(Locale.ROOT).contains(lower))
                .max(Comparator.comparing(JobBoard::submittedOrEpoch));
    }

    public Collection<Job> jobs() {
        return List.copyOf(jobs.values());
    }

    public List<Job> jobsIn(JobState state) {
        return jobs.values().stream().filter(job -> job.state() == state).toList();
    }

    public int size() {
        return jobs.size();
    }

    public List<Worker> workers() {
        return workers;
    }

    public FarmHealth health() {
        return health;
    }

    void put(Job job) {
        jobs.put(job.id(), job);
    }

    void remove(JobId id) {
        jobs.remove(id);
    }

    void replaceWorkers(List<Worker> current) {
        workers = List.copyOf(current);
    }

    /** Records an answer; returns since when the farm had been unreachable, if it had. */
    synchronized Optional<Instant> markReached(Instant at) {
        Optional<Instant> wasDown = health.downSince();
        health = health.reachedAt(at);
        return wasDown;
    }

    /** Records a failure; returns true if the farm was reachable (or not yet reached) until now. */
    synchronized boolean markUnreachable(Instant at, String why) {
        boolean newlyDown = health.downSince().isEmpty();
        health = health.failed(at, why);
        return newlyDown;
    }

    private static Instant submittedOrEpoch(Job job) {
        return job.submittedAt().orElse(Instant.EPOCH);
    }
}
