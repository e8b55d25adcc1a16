package crashy.job;

import java.util.Objects;

/** The job failed: Deadline gave up on it after too many errors, or someone marked it failed. */
public record JobFailed(Job job) implements JobEvent {
    public JobFailed {
        Objects.requireNonNull(job, "job");
    }

    @Override
    public JobEventKind kind() {
        return JobEventKind.FAILED;
    }
}
