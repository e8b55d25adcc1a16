package crashy.simulator;

import java.util.Comparator;
import java.util.Objects;

/**
 * Something due at a moment of farm time. {@code subject} is a worker index for task and worker events, a submission
 * number for {@link Kind#SUBMISSION} and an activity ordinal for {@link Kind#ACTIVITY}; {@code token} tells a task
 * event whether the worker is still on the same task. {@code sequence} orders events due at the same moment.
 */
record FarmEvent(long at, long sequence, Kind kind, int subject, long token) {
    static final Comparator<FarmEvent> ORDER =
            Comparator.comparingLong(FarmEvent::at).thenComparingLong(FarmEvent::sequence);

    enum Kind {
        TASK_DONE,
        TASK_ERROR,
        WORKER_BACK,
        SUBMISSION,
        ACTIVITY
    }

    FarmEvent {
        Objects.requireNonNull(kind, "kind");
    }
}
