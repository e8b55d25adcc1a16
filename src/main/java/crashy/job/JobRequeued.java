package crashy.job;

import java.util.Objects;

/** A finished job was requeued, or tasks that had finished were sent back to the queue. */
public record JobRequeued(Job job) implements JobEvent {
    public JobRequeued {
        Objects.requireNonNull(job, "job");
    }

    @Override
    public JobEventKind kind() {
        return JobEventKind.REQUEUED;
    }
}
