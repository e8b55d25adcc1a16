package crashy.testing.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Flood control for {@link RateLimits}: a token bucket per chat, and over all chats a sliding window that never holds
 * more than the overall burst, both from a {@link Clock} so that tests can step time by hand. A message is let through
 * only when both have room; otherwise the answer is how many whole seconds to wait, as Telegram's {@code retry_after}
 * gives it.
 */
final class RateLimiter {
    private final Clock clock;
    private final Map<String, Bucket> chats = new HashMap<>();
    private final Deque<Instant> overall = new ArrayDeque<>();
    private RateLimits limits;

    RateLimiter(Clock clock, RateLimits limits) {
        this.clock = clock;
        change(limits);
    }

    synchronized void change(RateLimits newLimits) {
        limits = newLimits;
        chats.clear();
        overall.clear();
    }

    /** Takes a token for a message to this chat, or says how many seconds to wait (and takes nothing). */
    synchronized OptionalInt retryAfter(String chat) {
        Instant now = clock.instant();
        Bucket perChat = chats.computeIfAbsent(chat, key -> new Bucket(limits.perChatBurst(), now));
        perChat.refill(now, limits.perChatPerSecond(), limits.perChatBurst());
        double wait = Math.max(perChat.secondsUntilToken(limits.perChatPerSecond()), secondsUntilOverallRoom(now));
        if (wait > 0) {
            return OptionalInt.of((int) Math.max(1, Math.ceil(wait)));
        }
        perChat.tokens--;
        if (!Double.isInfinite(limits.overallPerSecond())) {
            overall.addLast(now);
        }
        return OptionalInt.empty();
    }

    /** The window is as long as the overall burst takes at the overall rate: one second for Telegram's 30 a second. */
    private double secondsUntilOverallRoom(Instant now) {
        if (Double.isInfinite(limits.overallPerSecond())) {
            return 0;
        }
        Duration window = Duration.ofNanos((long) (limits.overallBurst() / limits.overallPerSecond() * 1e9));
        while (!overall.isEmpty() && !overall.peekFirst().plus(window).isAfter(now)) {
            overall.removeFirst();
        }
        if (overall.size() < limits.overallBurst()) {
            return 0;
        }
        return Duration.between(now, overall.peekFirst().plus(window)).toNanos() / 1e9;
    }

    private static final class Bucket {
        private double tokens;
        private Instant refilledAt;

        Bucket(int burst, Instant now) {
            this.tokens = burst;
            this.refilledAt = now;
        }

        void refill(Instant now, double perSecond, int burst) {
            if (Double.isInfinite(perSecond)) {
                tokens = burst;
            } else if (now.isAfter(refilledAt)) {
                double seconds = Duration.between(refilledAt, now).toNanos() / 1e9;
                tokens = Math.min(burst, tokens + seconds * perSecond);
            }
            refilledAt = now.isAfter(refilledAt) ? now : refilledAt;
        }

        double secondsUntilToken(double perSecond) {
            return tokens >= 1 - 1e-9 ? 0 : (1 - tokens) / perSecond;
        }
    }
}
