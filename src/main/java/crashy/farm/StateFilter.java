package crashy.farm;

import crashy.job.JobState;

/** The job states the Deadline Web Service can filter on ({@code States=Active,...}). */
public enum StateFilter {
    ACTIVE("Active"),
    SUSPENDED("Suspended"),
    COMPLETED("Completed"),
    FAILED("Failed"),
    PENDING("Pending");

    private final String deadlineName;

    StateFilter(String deadlineName) {
        this.deadlineName = deadlineName;
    }

    /** The name Deadline expects in the {@code States} query parameter. */
    public String deadlineName() {
        return deadlineName;
    }

    public boolean matches(JobState state) {
        return switch (state) {
            case QUEUED, RENDERING -> this == ACTIVE;
            case SUSPENDED -> this == SUSPENDED;
            case COMPLETED -> this == COMPLETED;
            case FAILED -> this == FAILED;
            case PENDING -> this == PENDING;
            case UNKNOWN -> false;
        };
    }
}
