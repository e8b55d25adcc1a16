package crashy.simulator;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One task of a simulated job at one moment. {@code worker} is the worker that last took it, empty if none did;
 * {@code progress} is a percentage.
 */
public record TaskView(
        String jobId,
        int taskId,
        int firstFrame,
        int lastFrame,
        TaskStatus status,
        int errors,
        String worker,
        @Nullable Instant started,
        @Nullable Instant completed,
        int progress) {

    public TaskView {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(worker, "worker");
    }

    public Optional<Instant> startedAt() {
        return Optional.ofNullable(started);
    }

    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completed);
    }
}
