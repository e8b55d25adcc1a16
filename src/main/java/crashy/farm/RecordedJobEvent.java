package crashy.farm;

import crashy.job.JobEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * A job event as it was stored, numbered in the order it was detected. Published to listeners after it is stored; a
 * listener that remembers the highest {@code sequence} it handled never handles an event twice, even across
 * restarts.
 */
public record RecordedJobEvent(long sequence, Instant detectedAt, JobEvent event) {
    public RecordedJobEvent {
        Objects.requireNonNull(detectedAt, "detectedAt");
        Objects.requireNonNull(event, "event");
    }
}
