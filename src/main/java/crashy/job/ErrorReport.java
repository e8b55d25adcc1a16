package crashy.job;

import java.time.Instant;
import java.util.Objects;

/**
 * One error a worker reported while rendering a task of a job. {@code message} is Deadline's report title: the error
 * text on its first line, usually followed by a stack trace.
 */
public record ErrorReport(String id, JobId job, int task, String worker, Instant reportedAt, String message) {
    public ErrorReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(worker, "worker");
        Objects.requireNonNull(reportedAt, "reportedAt");
        Objects.requireNonNull(message, "message");
    }

    /** The first line of the message: what went wrong, without the stack trace. */
    public String headline() {
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
