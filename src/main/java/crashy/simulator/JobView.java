package crashy.simulator;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** One job of the simulated farm at one moment: its definition and how far it has come. */
public record JobView(
        JobDefinition definition,
        JobStatus status,
        TaskCounts tasks,
        int errors,
        @Nullable Instant started,
        @Nullable Instant completed,
        int singleTaskProgress) {

    public JobView {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(tasks, "tasks");
    }

    public String id() {
        return definition.id();
    }

    public String name() {
        return definition.name();
    }

    public String user() {
        return definition.user();
    }

    /** When the first task started; empty until then. */
    public Optional<Instant> startedAt() {
        return Optional.ofNullable(started);
    }

    /** When the job completed; empty unless it has (a failed job has no completion date). */
    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completed);
    }
}
