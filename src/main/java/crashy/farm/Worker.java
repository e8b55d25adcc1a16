package crashy.farm;

import crashy.job.JobId;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A render node and, while it renders, the job and task it is on ({@code taskId} empty when none). */
public record Worker(
        String name, WorkerState state, @Nullable JobId job, String taskId) {
    public Worker {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(taskId, "taskId");
    }

    public Optional<JobId> currentJob() {
        return state.isBusy() ? Optional.ofNullable(job) : Optional.empty();
    }
}
