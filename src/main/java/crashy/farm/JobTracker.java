package crashy.farm;

import crashy.job.Job;
import crashy.job.JobChangeDetector;
import crashy.job.JobEvent;
import crashy.job.JobId;
import crashy.job.JobState;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Applies what the polls fetched: compares each job with its last seen state, stores the new state together with the
 * events, updates the board and has the events handed over. Older observations never overwrite newer ones, so two
 * tiers polling the same job cannot make it appear to go back in time.
 */
@Component
final class JobTracker {
    private final JobBoard board;
    private final JobStore store;
    private final EventDispatcher dispatcher;
    private final Clock clock;
    private final PollProperties poll;
    private final Map<JobId, Instant> observedAt = new HashMap<>();

    JobTracker(JobBoard board, JobStore store, EventDispatcher dispatcher, Clock clock, PollProperties poll) {
        this.board = board;
        this.store = store;
        this.dispatcher = dispatcher;
        this.clock = clock;
        this.poll = poll;
    }

    /** Loads the jobs as last stored and hands over events a crash left behind. */
    void load() {
        synchronized (this) {
            store.jobs().forEach(board::put);
        }
        dispatcher.dispatchPending();
    }

    /**
     * Applies a complete list of the farm's jobs: the first ever is stored as the baseline without events; later ones
     * also settle every job that vanished while Crashy was not looking.
     */
    void applyFullList(Instant startedAt, List<Job> all) {
        synchronized (this) {
            if (!store.hasBaseline()) {
                List<Job> tracked = all.stream().filter(this::isTracked).toList();
                store.record(tracked, Set.of(), List.of(), clock.instant());
                store.markBaseline(clock.instant());
                tracked.forEach(job -> {
                    board.put(job);
                    observedAt.put(job.id(), startedAt);
                });
                return;
            }
        }
        Set<JobId> gone = new HashSet<>(board.jobs().stream().map(Job::id).toList());
        all.forEach(job -> gone.remove(job.id()));
        apply(new Observation(startedAt, all, gone));
    }

    void apply(Observation observation) {
        synchronized (this) {
            Instant now = clock.instant();
            List<Job> changed = new ArrayList<>();
            List<JobId> forgotten = new ArrayList<>();
            List<JobEvent> events = new ArrayList<>();
            for (Job job : observation.seen()) {
                if (isNewer(job.id(), observation.startedAt())) {
                    settle(job, changed, forgotten, events);
                }
            }
            for (JobId id : observation.gone()) {
                Job last = board.find(id).orElse(null);
                if (last != null && isNewer(id, observation.startedAt())) {
                    events.addAll(JobChangeDetector.detect(last, null));
                    forgotten.add(id);
                }
            }
            if (!changed.isEmpty() || !forgotten.isEmpty()) {
                store.record(changed, forgotten, events, now);
                changed.forEach(board::put);
                forgotten.forEach(this::drop);
            }
        }
        dispatcher.dispatchPending();
    }

    /** Forgets finished jobs that left the tracked window, without events. */
    void forgetOld() {
        synchronized (this) {
            List<JobId> old = board.jobs().stream()
                    .filter(job -> !isTracked(job))
                    .map(Job::id)
                    .toList();
            store.forget(old);
            old.forEach(this::drop);
            store.pruneEvents(clock.instant().minus(poll.keep()));
        }
    }

    /** When this job was last observed, or the epoch if it never was since the start. */
    synchronized Instant observedAt(JobId id) {
        return observedAt.getOrDefault(id, Instant.EPOCH);
    }

    private void settle(Job job, List<Job> changed, List<JobId> forgotten, List<JobEvent> events) {
        Job previous = board.find(job.id()).orElse(null);
        if (!isTracked(job)) {
            if (previous != null) {
                forgotten.add(job.id());
            }
            return;
        }
        if (!job.equals(previous)) {
            events.addAll(JobChangeDetector.detect(previous, job));
            changed.add(job);
        }
    }

    private boolean isNewer(JobId id, Instant startedAt) {
        Instant last = observedAt.get(id);
        if (last != null && last.isAfter(startedAt)) {
            return false;
        }
        observedAt.put(id, startedAt);
        return true;
    }

    private void drop(JobId id) {
        board.remove(id);
        observedAt.remove(id);
    }

    /** Unfinished jobs are always tracked; finished ones until they are older than the tracked window. */
    private boolean isTracked(Job job) {
        if (!job.state().isFinished() && job.state() != JobState.UNKNOWN) {
            return true;
        }
        Instant reference =
                job.completedAt().or(job::startedAt).or(job::submittedAt).orElse(clock.instant());
        return reference.isAfter(clock.instant().minus(poll.keep()));
    }
}
