package crashy.job;

import java.util.Objects;

/** The job's error count rose: workers report errors while rendering it. */
public record JobErrored(Job job, int previousErrors) implements JobEvent {
    public JobErrored {
        Objects.requireNonNull(job, "job");
    }

    @Override
    public JobEventKind kind() {
        return JobEventKind.ERRORED;
    }

    /** Errors reported since the previous view. */
    @Override
    public int amount() {
        return job.errors() - previousErrors;
    }
}
