package crashy.job;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Small fixture factories for the tasks of one job in tests, numbered in the order they are made. */
public final class Tasks {
    private final JobId job;
    private final List<Task> made = new ArrayList<>();

    private Tasks(JobId job) {
        this.job = job;
    }

    public static Tasks of(JobId job) {
        return new Tasks(job);
    }

    /** A task a worker started at {@code started} and finished {@code took} later. */
    public Tasks completed(Instant started, Duration took) {
        return add(TaskState.COMPLETED, "render01", started, started.plus(took));
    }

    public Tasks rendering(Instant started) {
        return add(TaskState.RENDERING, "render01", started, null);
    }

    /** {@code count} tasks in a state no worker has touched yet (queued, failed for good, suspended...). */
    public Tasks untouched(TaskState state, int count) {
        for (int i = 0; i < count; i++) {
            add(state, "", null, null);
        }
        return this;
    }

    public List<Task> list() {
        return List.copyOf(made);
    }

    private Tasks add(TaskState state, String worker, Instant started, Instant completed) {
        int id = made.size();
        made.add(new Task(job, id, id + "-" + id, state, worker, 0, started, completed));
        return this;
    }
}
