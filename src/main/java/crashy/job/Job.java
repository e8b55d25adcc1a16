package crashy.job;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What Crashy knows about one render job at one moment: who submitted it, where it renders to, how far it is and
 * whether it errors. Deliberately small, because the watcher keeps every tracked job of the farm in memory.
 */
public record Job(
        JobId id,
        String name,
        String batch,
        String user,
        String plugin,
        String pool,
        String group,
        int priority,
        JobState state,
        TaskCounts tasks,
        int errors,
        @Nullable Instant submitted,
        @Nullable Instant started,
        @Nullable Instant completed,
        List<JobOutput> outputs) {

    public Job {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(batch, "batch");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(plugin, "plugin");
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(tasks, "tasks");
        if (errors < 0) {
            throw new IllegalArgumentException("errors cannot be negative");
        }
        outputs = List.copyOf(outputs);
    }

    public Optional<Instant> submittedAt() {
        return Optional.ofNullable(submitted);
    }

    public Optional<Instant> startedAt() {
        return Optional.ofNullable(started);
    }

    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completed);
    }

    /** Whether any worker ever picked up one of its tasks. */
    public boolean hasStarted() {
        return started != null || tasks.rendering() + tasks.completed() + tasks.failed() > 0;
    }

    /** The name artists recognise: the job name, with the batch in front when it has one. */
    public String displayName() {
        return batch.isEmpty() || batch.equals(name) ? name : batch + " / " + name;
    }

    public Job withState(JobState newState) {
        return new Job(
                id, name, batch, user, plugin, pool, group, priority, newState, tasks, errors, submitted, started,
                completed, outputs);
    }

    public Job withProgress(JobState newState, TaskCounts newTasks, int newErrors) {
        return new Job(
                id, name, batch, user, plugin, pool, group, priority, newState, newTasks, newErrors, submitted, started,
                completed, outputs);
    }

    public Job withDates(@Nullable Instant newStarted, @Nullable Instant newCompleted) {
        return new Job(
                id,
                name,
                batch,
                user,
                plugin,
                pool,
                group,
                priority,
                state,
                tasks,
                errors,
                submitted,
                newStarted,
                newCompleted,
                outputs);
    }

    /**
     * This job as it stood the moment it was submitted: nothing rendered, no errors. Suspended and pending jobs are
     * often submitted that way, so a job first seen suspended or pending without progress keeps its state.
     */
    public Job asSubmitted() {
        boolean untouched = !hasStarted();
        JobState initial =
                untouched && (state == JobState.SUSPENDED || state == JobState.PENDING) ? state : JobState.QUEUED;
        return new Job(
                id,
                name,
                batch,
                user,
                plugin,
                pool,
                group,
                priority,
                initial,
                TaskCounts.queued(tasks.total()),
                0,
                submitted,
                null,
                null,
                outputs);
    }
}
