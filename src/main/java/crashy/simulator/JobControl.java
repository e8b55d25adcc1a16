package crashy.simulator;

import org.jspecify.annotations.Nullable;

/**
 * What can happen to a job and its tasks: a task finishing or erroring, and the commands of the Monitor (complete,
 * fail, suspend, resume, requeue, pend, release, delete). Keeps Deadline's rules: a task that errored too often
 * fails, a job fails when its errors reach the limit or when failed tasks are all that is left to render, and a job
 * completes when every task has.
 */
final class JobControl {
    private final FarmState farm;

    JobControl(FarmState farm) {
        this.farm = farm;
    }

    void taskRendered(SimJob job, int task) {
        farm.setTask(job, task, TaskStatus.COMPLETED);
        job.taskEnded(task, farm.now());
        farm.rendered(job, task);
        settle(job);
    }

    /** A task attempt errored on {@code worker}; the task goes back to the queue unless it errored too often. */
    void taskErrored(SimJob job, int task, int worker, @Nullable RendererError error, @Nullable String title) {
        job.addReport(errorReport(job, task, worker, error, title));
        boolean exhausted = job.taskErrors(task) >= job.definition.spec().taskErrorLimit();
        farm.setTask(job, task, exhausted ? TaskStatus.FAILED : TaskStatus.QUEUED);
        if (job.errors() - job.errorsBeforeRequeue >= job.definition.spec().jobErrorLimit()) {
            fail(job);
        } else {
            settle(job);
        }
    }

    /** The task is marked failed at once, with one error report saying why. */
    void taskFailed(SimJob job, int task, int worker, String title) {
        job.addReport(errorReport(job, task, worker, null, title));
        farm.setTask(job, task, TaskStatus.FAILED);
        settle(job);
    }

    Report errorReport(SimJob job, int task, int worker, @Nullable RendererError error, @Nullable String title) {
        long now = farm.now();
        long started = job.taskStart(task);
        return new Report(farm.ids.next(now), ReportType.ERROR, task, now, worker, started, error, title);
    }

    void requeueTask(SimJob job, int task) {
        stopRendering(job, task);
        farm.setTask(job, task, TaskStatus.QUEUED);
        if (job.status.isFinished()) {
            job.completed = SimJob.UNSET;
            farm.setStatus(job, JobStatus.ACTIVE);
        }
    }

    /** A job that is active and has nothing left to render becomes completed or failed. */
    void settle(SimJob job) {
        if (job.status != JobStatus.ACTIVE
                || job.count(TaskStatus.QUEUED) + job.count(TaskStatus.RENDERING) > 0
                || job.count(TaskStatus.SUSPENDED) + job.count(TaskStatus.PENDING) > 0) {
            return;
        }
        if (job.count(TaskStatus.FAILED) > 0) {
            fail(job);
        } else {
            finish(job, JobStatus.COMPLETED);
        }
    }

    void complete(SimJob job) {
        for (int task = 0; task < job.taskCount(); task++) {
            if (job.taskStatus(task) != TaskStatus.COMPLETED) {
                stopRendering(job, task);
                farm.setTask(job, task, TaskStatus.COMPLETED);
                job.taskEnded(task, farm.now());
            }
        }
        finish(job, JobStatus.COMPLETED);
    }

    /** Deadline marks every task that has not completed as failed when the job fails. */
    void fail(SimJob job) {
        for (int task = 0; task < job.taskCount(); task++) {
            TaskStatus status = job.taskStatus(task);
            if (status != TaskStatus.COMPLETED && status != TaskStatus.FAILED) {
                stopRendering(job, task);
                farm.setTask(job, task, TaskStatus.FAILED);
            }
        }
        finish(job, JobStatus.FAILED);
    }

    private void finish(SimJob job, JobStatus status) {
        farm.setStatus(job, status);
        // A failed job keeps the unset completion date, as in a real dump of a failed job.
        job.completed = status == JobStatus.COMPLETED ? farm.now() : SimJob.UNSET;
        farm.finished(job);
        if (status == JobStatus.COMPLETED) {
            releaseDependents(job);
        }
    }

    private void releaseDependents(SimJob done) {
        for (SimJob job : farm.jobs()) {
            if (job.status == JobStatus.PENDING && job.definition.dependencies().contains(done.id())) {
                releasePending(job);
            }
        }
    }

    void suspend(SimJob job) {
        if (job.status == JobStatus.ACTIVE || job.status == JobStatus.PENDING) {
            moveTasks(job, TaskStatus.SUSPENDED, TaskStatus.QUEUED, TaskStatus.RENDERING, TaskStatus.PENDING);
            farm.setStatus(job, JobStatus.SUSPENDED);
        }
    }

    void resume(SimJob job) {
        if (job.status == JobStatus.SUSPENDED) {
            moveTasks(job, TaskStatus.QUEUED, TaskStatus.SUSPENDED);
            farm.setStatus(job, JobStatus.ACTIVE);
            settle(job);
        }
    }

    void pend(SimJob job) {
        if (job.status == JobStatus.ACTIVE || job.status == JobStatus.SUSPENDED) {
            moveTasks(job, TaskStatus.PENDING, TaskStatus.QUEUED, TaskStatus.RENDERING, TaskStatus.SUSPENDED);
            farm.setStatus(job, JobStatus.PENDING);
        }
    }

    void releasePending(SimJob job) {
        if (job.status == JobStatus.PENDING) {
            moveTasks(job, TaskStatus.QUEUED, TaskStatus.PENDING);
            farm.setStatus(job, JobStatus.ACTIVE);
            settle(job);
        }
    }

    /** Every task back to the queue; the job's error reports stay, but no longer count towards its limit. */
    void requeue(SimJob job) {
        moveTasks(job, TaskStatus.QUEUED, TaskStatus.values());
        job.forgetTaskErrors();
        job.completed = SimJob.UNSET;
        farm.setStatus(job, JobStatus.ACTIVE);
    }

    void delete(SimJob job) {
        for (int task = 0; task < job.taskCount(); task++) {
            stopRendering(job, task);
        }
        farm.remove(job);
    }

    private void moveTasks(SimJob job, TaskStatus to, TaskStatus... from) {
        for (int task = 0; task < job.taskCount(); task++) {
            TaskStatus status = job.taskStatus(task);
            for (TaskStatus candidate : from) {
                if (status == candidate && status != to) {
                    stopRendering(job, task);
                    farm.setTask(job, task, to);
                    job.taskEnded(task, SimJob.UNSET);
                    break;
                }
            }
        }
    }

    /** The worker went offline or stalled: its task goes back to the queue, with a requeue report saying why. */
    void workerLost(SimWorker worker, WorkerStatus status) {
        SimJob job = worker.job;
        if (job != null) {
            int task = worker.task;
            long now = farm.now();
            worker.release(now);
            Report report = new Report(
                    farm.ids.next(now), ReportType.REQUEUE, task, now, worker.index, job.taskStart(task), null, null);
            job.addReport(report);
            farm.setTask(job, task, TaskStatus.QUEUED);
        }
        worker.setStatus(status, farm.now());
    }

    /** Frees the worker rendering this task, if one is; the caller sets the task's new status. */
    void stopRendering(SimJob job, int task) {
        if (job.taskStatus(task) != TaskStatus.RENDERING) {
            return;
        }
        int index = job.taskWorker(task);
        if (index != SimJob.NO_WORKER) {
            SimWorker worker = farm.worker(index);
            if (worker.job == job && worker.task == task) {
                worker.release(farm.now());
            }
        }
    }
}
