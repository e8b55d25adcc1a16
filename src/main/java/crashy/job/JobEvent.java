package crashy.job;

/**
 * Something that happened to a job, in the past tense, as detected between two views of it. Every event carries the
 * job as it was when the change was seen ({@link JobDeleted}: as it was last seen).
 */
public sealed interface JobEvent
        permits JobSubmitted,
                JobStarted,
                FirstTaskCompleted,
                JobProgressed,
                JobErrored,
                TasksFailed,
                JobCompleted,
                JobFailed,
                JobSuspended,
                JobResumed,
                JobRequeued,
                JobDeleted {

    Job job();

    JobEventKind kind();

    /** The number that qualifies the event (new errors, newly failed tasks, completed tasks), 0 for the others. */
    default int amount() {
        return 0;
    }

    /** Rebuilds an event from its kind, job and amount, as {@link #kind()} and {@link #amount()} gave them. */
    static JobEvent of(JobEventKind kind, Job job, int amount) {
        return switch (kind) {
            case SUBMITTED -> new JobSubmitted(job);
            case STARTED -> new JobStarted(job);
            case FIRST_TASK_COMPLETED -> new FirstTaskCompleted(job);
            case PROGRESSED -> new JobProgressed(job, job.tasks().completed() - amount);
            case ERRORED -> new JobErrored(job, job.errors() - amount);
            case TASKS_FAILED -> new TasksFailed(job, amount);
            case COMPLETED -> new JobCompleted(job);
            case FAILED -> new JobFailed(job);
            case SUSPENDED -> new JobSuspended(job);
            case RESUMED -> new JobResumed(job);
            case REQUEUED -> new JobRequeued(job);
            case DELETED -> new JobDeleted(job);
        };
    }
}
