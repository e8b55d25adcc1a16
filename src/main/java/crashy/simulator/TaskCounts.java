package crashy.simulator;

/** How many tasks of a job are in each task status: the job's six {@code *Chunks} counters. */
public record TaskCounts(int queued, int suspended, int rendering, int completed, int failed, int pending) {

    public int total() {
        return queued + suspended + rendering + completed + failed + pending;
    }

    public int of(TaskStatus status) {
        return switch (status) {
            case QUEUED -> queued;
            case SUSPENDED -> suspended;
            case RENDERING -> rendering;
            case COMPLETED -> completed;
            case FAILED -> failed;
            case PENDING -> pending;
        };
    }
}
