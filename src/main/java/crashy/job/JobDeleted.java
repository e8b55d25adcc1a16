package crashy.job;

import java.util.Objects;

/** The job was deleted from the farm; the job is as it was last seen. */
public record JobDeleted(Job job) implements JobEvent {
    public JobDeleted {
        Objects.requireNonNull(job, "job");
    }

    @Override
    public JobEventKind kind() {
        return JobEventKind.DELETED;
    }
}
