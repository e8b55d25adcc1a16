package crashy.job;

import java.util.Objects;

/** A job Crashy had not seen before appeared on the farm. */
public record JobSubmitted(Job job) implements JobEvent {
    public JobSubmitted {
        Objects.requireNonNull(job, "job");
    }

    @Override
    public JobEventKind kind() {
        return JobEventKind.SUBMITTED;
    }
}
