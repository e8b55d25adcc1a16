package crashy.job;

/**
 * The state of a job as an artist thinks of it. Deadline has one "Active" status for both queued and rendering jobs;
 * Crashy tells them apart by whether any task is rendering.
 */
public enum JobState {
    QUEUED,
    RENDERING,
    SUSPENDED,
    COMPLETED,
    FAILED,
    PENDING,
    UNKNOWN;

    /** Deadline's "Active" status: waiting for or being rendered by workers. */
    public boolean isActive() {
        return this == QUEUED || this == RENDERING;
    }

    /** Completed or failed: nothing more happens to the job unless someone requeues it. */
    public boolean isFinished() {
        return this == COMPLETED || this == FAILED;
    }

    public String label() {
        return switch (this) {
            case QUEUED -> "Queued";
            case RENDERING -> "Rendering";
            case SUSPENDED -> "Suspended";
            case COMPLETED -> "Completed";
            case FAILED -> "Failed";
            case PENDING -> "Pending";
            case UNKNOWN -> "Unknown";
        };
    }
}
