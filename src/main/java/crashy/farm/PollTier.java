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

    /**
     * How long to wait before the next tick, after one that took {@code took}: ticks start an interval apart, so a
     * slow answer does not stretch the time until a change is seen; after a tick longer than the interval, a quarter
     * of it, so a struggling Web Service still gets a breather.
     */
    Duration untilNext(Duration took) {
        Duration rest = interval.minus(took);
        Duration breather = interval.dividedBy(4);
        return rest.compareTo(breather) < 0 ? breather : rest;
    }
}
