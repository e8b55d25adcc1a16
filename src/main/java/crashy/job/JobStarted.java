package crashy.job;

import java.util.Objects;

/** A worker picked up the first task of the job. */
public record JobStarted(Job job) implements JobEvent {
    public JobStarted {
        Objects.requireNonNull(job, "job");
    }

    @Override
    public JobEventKind kind() {
        return JobEventKind.STARTED;
    }
}
