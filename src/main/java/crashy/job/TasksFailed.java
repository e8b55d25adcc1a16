package crashy.job;

import java.util.Objects;

/** Tasks of the job failed for good: Deadline stopped retrying them. */
public record TasksFailed(Job job, int newlyFailed) implements JobEvent {
    public TasksFailed {
        Objects.requireNonNull(job, "job");
    }

    @Override
    public JobEventKind kind() {
        return JobEventKind.TASKS_FAILED;
    }

    @Override
    public int amount() {
        return newlyFailed;
    }
}
