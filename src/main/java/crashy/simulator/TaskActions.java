package crashy.simulator;

import java.util.Locale;

/**
 * What a script may make a single task do ({@link SimulatedFarm#startTask}, {@code completeTask}, ...): checks that the
 * task exists and may do it, frees its worker, and hands the rest to {@link JobControl}. The caller holds the farm's
 * lock.
 */
final class TaskActions {
    private final FarmState state;
    private final JobControl control;
    private final Scheduler scheduler;

    TaskActions(FarmState state, JobControl control, Scheduler scheduler) {
        this.state = state;
        this.control = control;
        this.scheduler = scheduler;
    }

    /** The first idle worker that may render the job takes this queued task; returns the worker's name. */
    String start(String jobId, int task) {
        SimJob job = job(jobId, task);
        if (job.status != JobStatus.ACTIVE || job.taskStatus(task) != TaskStatus.QUEUED) {
            throw new IllegalStateException("task " + task + " of " + jobId + " is not queued");
        }
        for (SimWorker worker : state.workers()) {
            if (!worker.removed && worker.status == WorkerStatus.IDLE && worker.canRender(job.definition)) {
                scheduler.start(worker, job, task);
                return worker.name;
            }
        }
        throw new IllegalStateException("no idle worker can render " + jobId);
    }

    void complete(String jobId, int task) {
        SimJob job = job(jobId, task);
        finishOnWorker(job, task, true);
        control.taskRendered(job, task);
    }

    void error(String jobId, int task, String title) {
        SimJob job = unfinishedJob(jobId, task);
        int worker = finishOnWorker(job, task, false);
        control.taskErrored(job, task, worker, null, title);
    }

    void fail(String jobId, int task, String title) {
        SimJob job = unfinishedJob(jobId, task);
        int worker = finishOnWorker(job, task, false);
        control.taskFailed(job, task, worker, title);
    }

    void requeue(String jobId, int task) {
        control.requeueTask(job(jobId, task), task);
    }

    private SimJob job(String jobId, int task) {
        SimJob job = state.job(jobId);
        if (task < 0 || task >= job.taskCount()) {
            throw new IllegalArgumentException("job " + job.id() + " has no task " + task);
        }
        return job;
    }

    /** A task of a completed or failed job renders no more, so it cannot error either; requeue it first. */
    private SimJob unfinishedJob(String jobId, int task) {
        SimJob job = job(jobId, task);
        if (job.status.isFinished()) {
            throw new IllegalStateException(
                    "job " + job.id() + " is " + job.status.filterName().toLowerCase(Locale.ROOT));
        }
        return job;
    }

    /** Frees the worker rendering this task, if any, and returns its index (or the last worker's, for reports). */
    private int finishOnWorker(SimJob job, int task, boolean succeeded) {
        int index = job.taskWorker(task);
        if (job.taskStatus(task) == TaskStatus.RENDERING && index != SimJob.NO_WORKER) {
            SimWorker worker = state.worker(index);
            worker.release(state.now());
            if (succeeded) {
                worker.completedTasks++;
            } else {
                worker.failedTasks++;
            }
        }
        return index;
    }
}
