package crashy.simulator;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Deadline render farm in memory: jobs with their tasks and reports, workers, users, pools and groups. It never
 * reads the wall clock: {@link #advance(Duration)} moves its clock and lets idle workers take queued tasks by
 * priority, then submission date, so that a run is the same for the same seed. Tests script it directly (submit,
 * start, complete, error and fail tasks; suspend, resume, requeue, fail, complete and delete jobs; add, remove and
 * take workers offline). Thread-safe: every call holds the farm's lock; listeners are told and frame files written
 * after it is released.
 */
public final class SimulatedFarm {
    private static final Logger log = LoggerFactory.getLogger(SimulatedFarm.class);

    private final FarmState state;
    private final JobControl control;
    private final Scheduler scheduler;
    private final FarmViews views;
    private final TaskActions tasks;
    private final List<JobOutcomeListener> listeners = new CopyOnWriteArrayList<>();

    /** A farm with no workers and no jobs whose clock stands at {@code start}. */
    public SimulatedFarm(long seed, Instant start) {
        this(seed, start, null);
    }

    /**
     * Like {@link #SimulatedFarm(long, Instant)}, and every task rendered from now on writes its frames as small EXR
     * files below {@code frameFolder}; the jobs' output directories point there.
     */
    public SimulatedFarm(long seed, Instant start, @Nullable Path frameFolder) {
        this.state = new FarmState(seed, start, frameFolder == null ? null : frameFolder.toAbsolutePath());
        this.control = new JobControl(state);
        this.scheduler = new Scheduler(state, control);
        this.views = new FarmViews(state);
        this.tasks = new TaskActions(state, control, scheduler);
    }

    public void addOutcomeListener(JobOutcomeListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeOutcomeListener(JobOutcomeListener listener) {
        listeners.remove(listener);
    }

    public Instant now() {
        return query(() -> Instant.ofEpochMilli(state.now()));
    }

    /** Moves the farm clock forward, running every task end, submission and random event that falls due. */
    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("the farm clock only goes forward");
        }
        mutate(() -> scheduler.advanceTo(state.now() + duration.toMillis()));
    }

    // ---- workers

    /** A worker that renders jobs of every pool and group. */
    public void addWorker(String name) {
        mutate(() -> {
            state.addWorker(name, List.of(SimWorker.ANY), List.of(SimWorker.ANY), false);
        });
    }

    /** A worker that renders jobs of pool or group "none" and of the pools and groups given. */
    public void addWorker(String name, List<String> pools, List<String> groups) {
        mutate(() -> {
            state.addWorker(name, pools, groups, pools.contains("gpu"));
        });
    }

    /** The worker leaves the farm; a task it was rendering goes back to the queue. */
    public void removeWorker(String name) {
        mutate(() -> {
            SimWorker worker = state.worker(name);
            control.workerLost(worker, WorkerStatus.OFFLINE);
            worker.removed = true;
        });
    }

    /** The worker goes offline, or stalls; a task it was rendering goes back to the queue with a requeue report. */
    public void setWorkerStatus(String name, WorkerStatus status) {
        mutate(() -> {
            SimWorker worker = state.worker(name);
            switch (status) {
                case OFFLINE, STALLED -> control.workerLost(worker, status);
                case IDLE -> {
                    if (!worker.status.isOnline()) {
                        worker.setStatus(WorkerStatus.IDLE, state.now());
                    }
                }
                case RENDERING -> throw new IllegalArgumentException("a worker renders by taking a task");
            }
        });
    }

    // ---- jobs

    /** Submits a job now and returns its id. */
    public String submit(JobSpec spec) {
        return mutateAndGet(() -> state.submit(spec, state.now(), List.of()).id());
    }

    /** Submits a pending job that is released when every one of {@code dependencies} has completed. */
    public String submitDependent(JobSpec spec, List<String> dependencies) {
        return mutateAndGet(() -> state.submit(spec.withInitialStatus(JobStatus.PENDING), state.now(), dependencies)
                .id());
    }

    /** Submits the job when the farm clock reaches {@code at}. */
    public void submitAt(Instant at, JobSpec spec) {
        mutate(() -> scheduler.submitAt(at.toEpochMilli(), spec));
    }

    /** Makes the first idle worker that may render the job take this queued task; returns the worker's name. */
    public String startTask(String jobId, int task) {
        return mutateAndGet(() -> tasks.start(jobId, task));
    }

    /** The task finishes rendering now, whatever it was doing; its frames are written. */
    public void completeTask(String jobId, int task) {
        mutate(() -> tasks.complete(jobId, task));
    }

    /** The task errors now with this report title; it goes back to the queue, or fails at its error limit. */
    public void errorTask(String jobId, int task, String title) {
        mutate(() -> tasks.error(jobId, task, title));
    }

    /** The task errors now with this report title and is marked failed at once. */
    public void failTask(String jobId, int task, String title) {
        mutate(() -> tasks.fail(jobId, task, title));
    }

    public void requeueTask(String jobId, int task) {
        mutate(() -> tasks.requeue(jobId, task));
    }

    public void completeJob(String jobId) {
        mutate(() -> control.complete(state.job(jobId)));
    }

    public void failJob(String jobId) {
        mutate(() -> control.fail(state.job(jobId)));
    }

    public void suspendJob(String jobId) {
        mutate(() -> control.suspend(state.job(jobId)));
    }

    public void resumeJob(String jobId) {
        mutate(() -> control.resume(state.job(jobId)));
    }

    public void requeueJob(String jobId) {
        mutate(() -> control.requeue(state.job(jobId)));
    }

    public void pendJob(String jobId) {
        mutate(() -> control.pend(state.job(jobId)));
    }

    public void releasePendingJob(String jobId) {
        mutate(() -> control.releasePending(state.job(jobId)));
    }

    public void deleteJob(String jobId) {
        mutate(() -> control.delete(state.job(jobId)));
    }

    /** Lets artists and machines act on their own from now on (or from {@code from}, if later). */
    public void startActivity(ActivityRates rates, Instant from) {
        mutate(() -> scheduler.setActivity(new RandomActivity(state, control, rates, from.toEpochMilli())));
    }

    // ---- history, for scenarios

    void addFinishedJobs(int count, Duration window, JobScale scale, double failedShare) {
        mutate(() -> {
            JobGenerator generator = new JobGenerator(state.random, scale);
            JobHistory history = new JobHistory(state);
            for (int i = 0; i < count; i++) {
                history.addFinished(generator.next(), window, state.random.nextDouble() < failedShare);
            }
        });
    }

    void addJobsInProgress(int count, Duration window, JobScale scale) {
        mutate(() -> {
            JobGenerator generator = new JobGenerator(state.random, scale);
            JobHistory history = new JobHistory(state);
            for (int i = 0; i < count; i++) {
                history.addInProgress(generator.next(), window);
            }
        });
    }

    void addWorker(String name, List<String> pools, List<String> groups, boolean gpu) {
        mutate(() -> {
            state.addWorker(name, pools, groups, gpu);
        });
    }

    // ---- views

    public Optional<JobView> job(String id) {
        return query(() -> views.job(id));
    }

    /** Every job, in submission order of this farm. */
    public List<JobView> jobs() {
        return query(views::jobs);
    }

    public int jobCount() {
        return query(state::jobCount);
    }

    /** The tasks of a job, or empty if the farm has no such job. */
    public Optional<List<TaskView>> tasks(String jobId) {
        return query(() -> views.tasks(jobId));
    }

    /** The names of the workers on the farm, in the order they were added. */
    public List<String> workerNames() {
        return query(views::workerNames);
    }

    List<WorkerView> workers() {
        return query(views::workers);
    }

    List<String> users() {
        return query(state::users);
    }

    List<String> pools() {
        return query(state::pools);
    }

    List<String> groups() {
        return query(state::groups);
    }

    /** The views of a job's reports, or empty if there is no such job; {@code task} -1 means all tasks. */
    Optional<List<ReportView>> reports(String jobId, int task, @Nullable ReportType type) {
        return query(() -> views.reports(jobId, task, type));
    }

    /** The full texts of a job's reports, or empty if there is no such job. */
    Optional<List<String>> reportContents(String jobId, int task, @Nullable ReportType type) {
        return query(() -> views.reportContents(jobId, task, type));
    }

    /** The text of one report, if the job and the report of that type exist. */
    Optional<String> reportContents(String jobId, String reportId, ReportType type) {
        return query(() -> views.reportContents(jobId, reportId, type));
    }

    Optional<JobDetails> details(String jobId) {
        return query(() -> views.details(jobId));
    }

    // ---- locking

    private <T> T query(Supplier<T> read) {
        synchronized (this) {
            return read.get();
        }
    }

    private void mutate(Runnable change) {
        mutateAndGet(() -> {
            change.run();
            return null;
        });
    }

    private <T> T mutateAndGet(Supplier<T> change) {
        T result;
        List<JobOutcome> outcomes;
        List<FrameFile> frames;
        synchronized (this) {
            result = change.get();
            outcomes = state.takeOutcomes();
            frames = state.takeFrames();
        }
        frames.forEach(this::write);
        for (JobOutcome outcome : outcomes) {
            listeners.forEach(listener -> listener.jobFinished(outcome));
        }
        return result;
    }

    private void write(FrameFile frame) {
        try {
            ExrFrame.write(frame.path(), frame.frame());
        } catch (IOException e) {
            log.warn("Could not write simulated frame {}: {}", frame.path(), e.toString());
        }
    }
}
