package crashy.farm.deadline;

import crashy.farm.WorkerState;
import crashy.job.JobState;
import crashy.job.TaskState;

/**
 * Deadline's numeric {@code Stat} codes of jobs, tasks and workers. Codes without a name (newer versions add some)
 * become {@code UNKNOWN} rather than an error, so one odd job cannot hide the rest of the farm.
 */
final class DeadlineStates {
    private DeadlineStates() {}

    /** Deadline has one "Active" code for queued and rendering jobs; a rendering task makes the difference. */
    static JobState job(int stat, int renderingTasks) {
        return switch (stat) {
            case 1 -> renderingTasks > 0 ? JobState.RENDERING : JobState.QUEUED;
            case 2 -> JobState.SUSPENDED;
            case 3 -> JobState.COMPLETED;
            case 4 -> JobState.FAILED;
            case 6 -> JobState.PENDING;
            default -> JobState.UNKNOWN;
        };
    }

    static TaskState task(int stat) {
        return switch (stat) {
            case 2 -> TaskState.QUEUED;
            case 3 -> TaskState.SUSPENDED;
            case 4 -> TaskState.RENDERING;
            case 5 -> TaskState.COMPLETED;
            case 6 -> TaskState.FAILED;
            case 8 -> TaskState.PENDING;
            default -> TaskState.UNKNOWN;
        };
    }

    static WorkerState worker(int stat) {
        return switch (stat) {
            case 1 -> WorkerState.RENDERING;
            case 2 -> WorkerState.IDLE;
            case 3 -> WorkerState.OFFLINE;
            case 4 -> WorkerState.STALLED;
            case 8 -> WorkerState.STARTING_JOB;
            case 9 -> WorkerState.HOUSE_CLEANING;
            default -> WorkerState.UNKNOWN;
        };
    }
}
