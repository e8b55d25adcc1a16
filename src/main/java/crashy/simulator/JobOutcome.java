package crashy.simulator;

import java.time.Instant;
import java.util.Objects;

/**
 * A job of the simulated farm has just completed or failed: when on the farm clock, and when on this JVM's
 * {@link System#nanoTime()}, so a benchmark can measure how long Crashy takes to tell.
 */
public record JobOutcome(String jobId, JobStatus status, Instant farmTime, long nanoTime) {

    public JobOutcome {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(farmTime, "farmTime");
    }
}
