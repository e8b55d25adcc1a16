package crashy.job;

/** How many of a job's tasks are in each state; Deadline reports these as the job's {@code *Chunks} counters. */
public record TaskCounts(int queued, int rendering, int completed, int failed, int suspended, int pending) {
    public static final TaskCounts NONE = new TaskCounts(0, 0, 0, 0, 0, 0);

    public TaskCounts {
        if (queued < 0 || rendering < 0 || completed < 0 || failed < 0 || suspended < 0 || pending < 0) {
            throw new IllegalArgumentException("task counts cannot be negative");
        }
    }

    /** All of them queued: the counters of a job as it was submitted. */
    public static TaskCounts queued(int total) {
        return new TaskCounts(total, 0, 0, 0, 0, 0);
    }

    public int total() {
        return queued + rendering + completed + failed + suspended + pending;
    }

    /** Completed tasks as a fraction of all tasks, 0 for a job without tasks. */
    public double progress() {
        int total = total();
        return total == 0 ? 0 : (double) completed / total;
    }
}
