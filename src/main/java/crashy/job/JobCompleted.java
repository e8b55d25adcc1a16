package crashy.job;

import java.util.Objects;

/** Every task of the job completed. */
public record JobCompleted(Job job) implements JobEvent {
    public JobCompleted {
        Objects.requireNonNull(job, "job");
    }

    @Override
    public JobEventKind kind() {
        return JobEventKind.COMPLETED;
    }
}
