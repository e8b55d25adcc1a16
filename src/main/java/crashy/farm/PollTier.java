package crashy.farm;

import java.time.Duration;
import java.util.Objects;

/**
 * One tier of the poll schedule: its name for the logs, how often it ticks, and its {@code work}, which fetches and
 * applies one round and throws {@link FarmUnavailableException} when the farm does not answer.
 */
record PollTier(String name, Duration interval, Runnable work) {
    PollTier {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(work, "work");
    }

    void tick() {
        work.run();
    }
}
