package crashy.simulator;

/** Deadline's task status ({@code Stat} of a task, {@code Deadline.Jobs.TaskStatus}); there is no code 0 or 7. */
public enum TaskStatus {
    QUEUED(2),
    SUSPENDED(3),
    RENDERING(4),
    COMPLETED(5),
    FAILED(6),
    PENDING(8);

    private static final TaskStatus[] BY_ORDINAL = values();

    private final int code;

    TaskStatus(int code) {
        this.code = code;
    }

    /** The {@code Stat} number. */
    public int code() {
        return code;
    }

    static TaskStatus ofOrdinal(int ordinal) {
        return BY_ORDINAL[ordinal];
    }
}
