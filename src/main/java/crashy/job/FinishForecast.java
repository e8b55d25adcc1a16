package crashy.job;

import java.time.Instant;
import java.util.Optional;

/**
 * When a job will likely finish on the wall clock, as far as can be told now; empty when nobody can tell (nothing
 * rendered yet, no worker on it, or the job is not active).
 */
@FunctionalInterface
public interface FinishForecast {
    Optional<Instant> finishAt(Job job, Instant now);

    /** A forecast that never knows: for tools and tests that do without one. */
    static FinishForecast unknown() {
        return (job, now) -> Optional.empty();
    }
}
