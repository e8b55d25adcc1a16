package crashy.job;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Turns two views of one job into the events that happened between them. A pure function: the same two views always
 * give the same events, in the order an artist would tell the story (resumed, started, progressed, errored, then
 * how it ended).
 */
public final class JobChangeDetector {
    private JobChangeDetector() {}

    /**
     * The events between {@code previous} and {@code current}; {@code previous} is null for a job seen for the first
     * time (it is compared with itself as submitted), {@code current} null for a job that is gone from the farm.
     */
    public static List<JobEvent> detect(@Nullable Job previous, @Nullable Job current) {
        if (current == null) {
            return previous == null ? List.of() : List.of(new JobDeleted(previous));
        }
        if (previous == null) {
            List<JobEvent> events = new ArrayList<>();
            events.add(new JobSubmitted(current));
            events.addAll(detect(current.asSubmitted(), current));
            return List.copyOf(events);
        }
        if (!previous.id().equals(current.id())) {
            throw new IllegalArgumentException("two different jobs: " + previous.id() + " and " + current.id());
        }
        List<JobEvent> events = new ArrayList<>();
        addReturns(previous, current, events);
        addProgress(previous, current, events);
        addOutcome(previous, current, events);
        return List.copyOf(events);
    }

    private static void addReturns(Job previous, Job current, List<JobEvent> events) {
        JobState before = previous.state();
        JobState after = current.state();
        TaskCounts was = previous.tasks();
        TaskCounts now = current.tasks();
        boolean backToWork = after.isActive() || after == JobState.PENDING;
        if (before.isFinished() && backToWork) {
            events.add(new JobRequeued(current));
        } else if (before == JobState.SUSPENDED && backToWork) {
            events.add(new JobResumed(current));
        } else if (!after.isFinished() && now.completed() + now.failed() < was.completed() + was.failed()) {
            events.add(new JobRequeued(current));
        }
    }

    private static void addProgress(Job previous, Job current, List<JobEvent> events) {
        TaskCounts was = previous.tasks();
        TaskCounts now = current.tasks();
        if (!previous.hasStarted() && current.hasStarted()) {
            events.add(new JobStarted(current));
        }
        if (was.completed() == 0 && now.completed() > 0) {
            events.add(new FirstTaskCompleted(current));
        }
        if (now.completed() > was.completed() && current.state() != JobState.COMPLETED) {
            events.add(new JobProgressed(current, was.completed()));
        }
        if (now.failed() > was.failed()) {
            events.add(new TasksFailed(current, now.failed() - was.failed()));
        }
        if (current.errors() > previous.errors()) {
            events.add(new JobErrored(current, previous.errors()));
        }
    }

    private static void addOutcome(Job previous, Job current, List<JobEvent> events) {
        JobState after = current.state();
        if (after == previous.state()) {
            return;
        }
        switch (after) {
            case COMPLETED -> events.add(new JobCompleted(current));
            case FAILED -> events.add(new JobFailed(current));
            case SUSPENDED -> events.add(new JobSuspended(current));
            case QUEUED, RENDERING, PENDING, UNKNOWN -> {}
        }
    }
}
