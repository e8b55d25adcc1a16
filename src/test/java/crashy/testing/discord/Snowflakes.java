package crashy.testing.discord;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/** Hands out Discord-shaped ids: creation time since the Discord epoch in the high bits, always increasing. */
final class Snowflakes {
    private static final long DISCORD_EPOCH_MILLIS = 1_420_070_400_000L;
    private final Clock clock;
    private final AtomicLong last = new AtomicLong();

    Snowflakes(Clock clock) {
        this.clock = clock;
    }

    String next() {
        long fromClock = (clock.millis() - DISCORD_EPOCH_MILLIS) << 22;
        return Long.toString(last.updateAndGet(previous -> Math.max(previous + 1, fromClock)));
    }
}
