package crashy.job;

import java.util.Objects;

/** More tasks of a running job completed. */
public record JobProgressed(Job job, int previousCompleted) implements JobEvent {
    public JobProgressed {
        Objects.requireNonNull(job, "job");
    }

    @Override
    public JobEventKind kind() {
        return JobEventKind.PROGRESSED;
    }

    /** Tasks completed since the previous view. */
    @Override
    public int amount() {
        return job.tasks().completed() - previousCompleted;
    }
}
