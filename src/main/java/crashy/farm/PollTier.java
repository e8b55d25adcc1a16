package crashy.farm;

import java.time.Duration;

/** One tier of the poll schedule: what it fetches on each tick and how often it ticks. */
interface PollTier {
    String name();

    Duration interval();

    /** Fetches and applies one round; throws {@link FarmUnavailableException} when the farm does not answer. */
    void tick();
}
