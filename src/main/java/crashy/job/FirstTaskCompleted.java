package crashy.job;

import java.util.Objects;

/** The first task of the job completed: its first frames are on disk. */
public record FirstTaskCompleted(Job job) implements JobEvent {
    public FirstTaskCompleted {
        Objects.requireNonNull(job, "job");
    }

    @Override
    public JobEventKind kind() {
        return JobEventKind.FIRST_TASK_COMPLETED;
    }
}
