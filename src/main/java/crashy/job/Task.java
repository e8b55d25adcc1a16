package crashy.job;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One task of a job: a frame or a chunk of frames ({@code frames} as Deadline writes it, {@code "21-21"} or
 * {@code "1-10"}), the worker that last took it and how it went.
 */
public record Task(
        JobId job,
        int id,
        String frames,
        TaskState state,
        String worker,
        int errors,
        @Nullable Instant started,
        @Nullable Instant completed) {

    public Task {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(frames, "frames");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(worker, "worker");
    }

    public Optional<Instant> startedAt() {
        return Optional.ofNullable(started);
    }

    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completed);
    }
}
