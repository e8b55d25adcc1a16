package crashy.farm;

/** What a render node (Deadline "worker", formerly "slave") is doing. */
public enum WorkerState {
    RENDERING,
    STARTING_JOB,
    IDLE,
    OFFLINE,
    STALLED,
    HOUSE_CLEANING,
    UNKNOWN;

    public boolean isBusy() {
        return this == RENDERING || this == STARTING_JOB || this == HOUSE_CLEANING;
    }

    /** Not available to render: switched off, or stopped answering. */
    public boolean isDown() {
        return this == OFFLINE || this == STALLED || this == UNKNOWN;
    }
}
