package crashy.simulator;

/** Deadline's worker status ({@code Info.Stat} of a worker, {@code Deadline.Slaves.SlaveStatus}). */
public enum WorkerStatus {
    RENDERING(1),
    IDLE(2),
    OFFLINE(3),
    STALLED(4);

    private final int code;

    WorkerStatus(int code) {
        this.code = code;
    }

    /** The {@code Stat} number. */
    public int code() {
        return code;
    }

    /** Whether the worker is up and can take a task. */
    boolean isOnline() {
        return this == RENDERING || this == IDLE;
    }
}
