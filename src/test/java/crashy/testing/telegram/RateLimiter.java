package crashy.testing.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Token buckets for {@link RateLimits}, one per chat and one overall, refilled from a {@link Clock} so that tests can
 * step time by hand. A message is let through only when both buckets hold a token; otherwise the answer is how many
 * whole seconds to wait, as Telegram's {@code retry_after} gives it.
 */
final class RateLimiter {
    private final Clock clock;
    private final Map<String, Bucket> chats = new HashMap<>();
    private RateLimits limits;
    private Bucket overall;

    RateLimiter(Clock clock, RateLimits limits) {
        this.clock = clock;
        change(limits);
    }

    synchronized void change(RateLimits newLimits) {
        limits = newLimits;
        chats.clear();
        overall = new Bucket(newLimits.overallBurst(), clock.instant());
    }

    /** Takes a token for a message to this chat, or says how many seconds to wait (and takes nothing). */
    synchronized OptionalInt retryAfter(String chat) {
        Instant now = clock.instant();
        Bucket perChat = chats.computeIfAbsent(chat, key -> new Bucket(limits.perChatBurst(), now));
        perChat.refill(now, limits.perChatPerSecond(), limits.perChatBurst());
        overall.refill(now, limits.overallPerSecond(), limits.overallBurst());
        double wait = Math.max(
                perChat.secondsUntilToken(limits.perChatPerSecond()),
                overall.secondsUntilToken(limits.overallPerSecond()));
        if (wait > 0) {
            return OptionalInt.of((int) Math.max(1, Math.ceil(wait)));
        }
        perChat.tokens--;
        overall.tokens--;
        return OptionalInt.empty();
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
