package crashy.job;

/** The kinds of {@link JobEvent}, for storing events and for choosing which ones someone wants to hear about. */
public enum JobEventKind {
    SUBMITTED,
    STARTED,
    FIRST_TASK_COMPLETED,
    PROGRESSED,
    ERRORED,
    TASKS_FAILED,
    COMPLETED,
    FAILED,
    SUSPENDED,
    RESUMED,
    REQUEUED,
    DELETED
}
