package crashy.job;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * Forecasts on the wall clock when a job's tasks will be done: each task still to render takes as long as its completed
 * tasks typically took (the median, so one stuck or instant task does not sway it), spread over the workers on the
 * job, after the tasks in progress finish what they have left. Deadline's own estimate adds up compute time instead.
 */
public final class JobForecast {
    private JobForecast() {}

    /**
     * When the tasks of a job will be done, with {@code workers} rendering it; empty while no task has completed (nothing
     * to go by) or no worker is on the job (it waits in the queue for as long as the farm is busy with others).
     */
    public static Optional<Instant> finishAt(List<Task> tasks, int workers, Instant now) {
        if (workers <= 0) {
            return Optional.empty();
        }
        return typicalTask(tasks).map(typical -> lastSlotFree(tasks, workers, typical, now));
    }

    /** The median time a completed task took, from the moment a worker started it; empty when none completed. */
    public static Optional<Duration> typicalTask(List<Task> tasks) {
        List<Duration> took = new ArrayList<>();
        for (Task task : tasks) {
            if (task.state() == TaskState.COMPLETED && task.started() != null && task.completed() != null) {
                Duration duration = Duration.between(task.started(), task.completed());
                took.add(duration.isNegative() ? Duration.ZERO : duration);
            }
        }
        if (took.isEmpty()) {
            return Optional.empty();
        }
        took.sort(null);
        int middle = took.size() / 2;
        return Optional.of(
                took.size() % 2 == 1
                        ? took.get(middle)
                        : took.get(middle - 1).plus(took.get(middle)).dividedBy(2));
    }

    /**
     * Places every waiting task on whichever worker is free first, as Deadline's workers take the next task when they
     * finish one, so that the last, partly filled round of tasks counts in full.
     */
    private static Instant lastSlotFree(List<Task> tasks, int workers, Duration typical, Instant now) {
        PriorityQueue<Instant> freeAt = new PriorityQueue<>();
        int waiting = 0;
        for (Task task : tasks) {
            switch (task.state()) {
                case RENDERING -> freeAt.add(inProgressDone(task, typical, now));
                case QUEUED, PENDING, UNKNOWN -> waiting++;
                case COMPLETED, FAILED, SUSPENDED -> {}
            }
        }
        while (freeAt.size() < workers) {
            freeAt.add(now);
        }
        for (int i = 0; i < waiting; i++) {
            freeAt.add(freeAt.remove().plus(typical));
        }
        return freeAt.stream().max(Instant::compareTo).orElse(now);
    }

    /** A task in progress needs what is left of the typical time; one that is already late may end any moment. */
    private static Instant inProgressDone(Task task, Duration typical, Instant now) {
        Instant expected = task.startedAt().orElse(now).plus(typical);
        return expected.isBefore(now) ? now : expected;
    }
}
