package crashy.job;

/** The state of one task of a job (Deadline's task {@code Stat}). */
public enum TaskState {
    UNKNOWN,
    QUEUED,
    SUSPENDED,
    RENDERING,
    COMPLETED,
    FAILED,
    PENDING
}
