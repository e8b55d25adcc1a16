package crashy.job;

import java.util.Objects;

/** Someone suspended the job. */
public record JobSuspended(Job job) implements JobEvent {
    public JobSuspended {
        Objects.requireNonNull(job, "job");
    }

    @Override
    public JobEventKind kind() {
        return JobEventKind.SUSPENDED;
    }
}
