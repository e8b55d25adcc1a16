package crashy.simulator;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * Moves farm time forward one event at a time: tasks finishing or erroring, workers coming back, timed submissions
 * and random activity. After every event idle workers take queued tasks, so a run is deterministic for a seed.
 */
final class Scheduler {
    private static final double DURATION_SPREAD = 0.35;

    private final FarmState farm;
    private final JobControl control;
    private final PriorityQueue<FarmEvent> events = new PriorityQueue<>(FarmEvent.ORDER);
    private final Map<Integer, JobSpec> submissions = new HashMap<>();
    private long sequence;
    private int submissionCount;
    private @Nullable RandomActivity activity;

    Scheduler(FarmState farm, JobControl control) {
        this.farm = farm;
        this.control = control;
    }

    void advanceTo(long target) {
        dispatch();
        while (!events.isEmpty() && events.peek().at() <= target) {
            FarmEvent event = events.poll();
            farm.moveClockTo(event.at());
            handle(event);
            dispatch();
        }
        farm.moveClockTo(target);
    }

    private void handle(FarmEvent event) {
        switch (event.kind()) {
            case TASK_DONE, TASK_ERROR -> taskEnded(event);
            case WORKER_BACK -> workerBack(farm.worker(event.subject()));
            case SUBMISSION -> farm.submit(submissions.remove(event.subject()), farm.now(), List.of());
            case ACTIVITY -> {
                if (activity != null) {
                    Activity kind = Activity.values()[event.subject()];
                    activity.perform(kind, this);
                    scheduleActivity(kind);
                }
            }
        }
    }

    private void taskEnded(FarmEvent event) {
        SimWorker worker = farm.worker(event.subject());
        SimJob job = worker.job;
        if (job == null || worker.token != event.token()) {
            return;
        }
        int task = worker.task;
        worker.release(farm.now());
        if (event.kind() == FarmEvent.Kind.TASK_DONE) {
            worker.completedTasks++;
            control.taskRendered(job, task);
        } else {
            worker.failedTasks++;
            RendererError error = ErrorCatalogue.entry(
                    job.definition.plugin(), job.definition.spec().errorKind());
            control.taskErrored(job, task, worker.index, error, null);
        }
    }

    private void workerBack(SimWorker worker) {
        if (!worker.removed && !worker.status.isOnline()) {
            worker.setStatus(WorkerStatus.IDLE, farm.now());
        }
    }

    /** Every idle worker takes the first queued task of the first job it may render. */
    void dispatch() {
        for (SimWorker worker : farm.workers()) {
            if (!farm.hasQueuedWork()) {
                return;
            }
            if (worker.status == WorkerStatus.IDLE && !worker.removed) {
                SimJob job = farm.nextJobFor(worker);
                if (job != null) {
                    start(worker, job, job.firstTaskIn(TaskStatus.QUEUED));
                }
            }
        }
    }

    void start(SimWorker worker, SimJob job, int task) {
        long now = farm.now();
        farm.setTask(job, task, TaskStatus.RENDERING);
        job.taskStarted(task, worker.index, now);
        if (job.started == SimJob.UNSET) {
            job.started = now;
        }
        long duration = sampleDuration(farm.random, job.definition.medianTaskDuration());
        boolean errors = farm.random.nextDouble() < job.definition.spec().errorRate();
        long end = now + (errors ? errorDelay(job.definition.spec().errorKind(), duration) : duration);
        worker.take(job, task, now, end);
        schedule(end, errors ? FarmEvent.Kind.TASK_ERROR : FarmEvent.Kind.TASK_DONE, worker.index, worker.token);
    }

    /** Log-normal around the job's median, as render times of similar frames are. */
    static long sampleDuration(Random random, Duration median) {
        double factor = Math.exp(DURATION_SPREAD * random.nextGaussian());
        return Math.max(1000, (long) (median.toMillis() * Math.min(6, factor)));
    }

    /** Missing files, licences and executables fail within seconds; crashes and memory errors mid-render. */
    private long errorDelay(ErrorKind kind, long duration) {
        double fraction = switch (kind) {
            case MISSING_FILE, LICENSE, NOT_FOUND -> 0.03 + 0.07 * farm.random.nextDouble();
            case TIMEOUT -> 1.0;
            case OUT_OF_MEMORY, CRASH, DISK_FULL -> 0.2 + 0.7 * farm.random.nextDouble();
        };
        return Math.max(1000, (long) (duration * fraction));
    }

    void submitAt(long at, JobSpec spec) {
        int number = submissionCount++;
        submissions.put(number, spec);
        schedule(at, FarmEvent.Kind.SUBMISSION, number, 0);
    }

    void workerBackAt(long at, SimWorker worker) {
        schedule(at, FarmEvent.Kind.WORKER_BACK, worker.index, 0);
    }

    /** Starts random activity; events already scheduled by an earlier activity are dropped. */
    void setActivity(RandomActivity newActivity) {
        events.removeIf(event -> event.kind() == FarmEvent.Kind.ACTIVITY);
        activity = newActivity;
        for (Activity kind : Activity.values()) {
            scheduleActivity(kind);
        }
    }

    private void scheduleActivity(Activity kind) {
        if (activity == null) {
            return;
        }
        double perHour = activity.rate(kind);
        if (perHour > 0) {
            double hours = -Math.log(1 - farm.random.nextDouble()) / perHour;
            long at = Math.max(farm.now(), activity.startsAt()) + (long) (hours * 3_600_000);
            schedule(at, FarmEvent.Kind.ACTIVITY, kind.ordinal(), 0);
        }
    }

    private void schedule(long at, FarmEvent.Kind kind, int subject, long token) {
        events.add(new FarmEvent(at, sequence++, kind, subject, token));
    }
}
