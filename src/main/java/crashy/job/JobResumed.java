package crashy.job;

import java.util.Objects;

/** A suspended job was resumed. */
public record JobResumed(Job job) implements JobEvent {
    public JobResumed {
        Objects.requireNonNull(job, "job");
    }

    @Override
    public JobEventKind kind() {
        return JobEventKind.RESUMED;
    }
}
