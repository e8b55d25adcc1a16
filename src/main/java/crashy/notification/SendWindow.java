package crashy.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Never more than {@code limit} sends in any stretch of {@code window}, for a chat sender to keep under a platform's
 * overall limit with no request refused. Unlike a steady rate it lets a burst of up to {@code limit} go at once,
 * which is what a burst of completion DMs needs, and unlike a token bucket it never lets two bursts close together.
 * Senders reserve a moment and wait for it; moments may be reserved out of order (one send may wait for its chat
 * while others go), so every stretch around a new moment is checked.
 */
public final class SendWindow {
    private final int limit;
    private final Duration window;
    private final Clock clock;
    // Reserved moments, oldest first, none older than one window.
    private final List<Instant> reserved = new ArrayList<>();

    public SendWindow(int limit, Duration window, Clock clock) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a send window needs a positive limit and length");
        }
        this.limit = limit;
        this.window = window;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Takes the first moment at or after {@code earliest} (and now) that keeps every stretch within the limit. */
    public synchronized Instant reserve(Instant earliest) {
        Instant now = clock.instant();
        reserved.removeIf(at -> !at.plus(window).isAfter(now));
        Instant candidate = earliest.isAfter(now) ? earliest : now;
        // A moment only becomes free when an earlier send leaves the window: try those in turn.
        for (int i = 0; !fits(candidate); i++) {
            Instant freed = reserved.get(i).plus(window);
            candidate = freed.isAfter(candidate) ? freed : candidate;
        }
        int at = 0;
        while (at < reserved.size() && !reserved.get(at).isAfter(candidate)) {
            at++;
        }
        reserved.add(at, candidate);
        return candidate;
    }

    /** Reserves the first free moments from now for this many sends and waits for the last; false if interrupted. */
    public boolean awaitTurns(int sends) {
        Instant last = clock.instant();
        for (int i = 0; i < sends; i++) {
            last = reserve(last);
        }
        return awaitUntil(last, clock);
    }

    /** Waits until the clock shows {@code at}; false if interrupted while waiting. */
    public static boolean awaitUntil(Instant at, Clock clock) {
        Duration wait = Duration.between(clock.instant(), at);
        if (wait.isNegative() || wait.isZero()) {
            return true;
        }
        try {
            TimeUnit.NANOSECONDS.sleep(wait.toNanos());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Whether a send at {@code moment} keeps every stretch that holds it within the limit. The fullest such stretch
     * starts at a reserved moment of the window before it, or at the moment itself.
     */
    private boolean fits(Instant moment) {
        Instant from = moment.minus(window);
        for (Instant start : reserved) {
            if (start.isAfter(from) && !start.isAfter(moment) && sendsFrom(start) + 1 > limit) {
                return false;
            }
        }
        return sendsFrom(moment) + 1 <= limit;
    }

    /** Reserved sends in the stretch [start, start + window). */
    private int sendsFrom(Instant start) {
        Instant end = start.plus(window);
        int count = 0;
        for (Instant at : reserved) {
            if (!at.isBefore(start) && at.isBefore(end)) {
                count++;
            }
        }
        return count;
    }
}
