package crashy.testing.telegram;

/**
 * How fast the bot may send messages (sends and edits count) before the fake answers 429, as Telegram's FAQ describes
 * it: per chat a sustained rate plus a burst that may go over it briefly (a token bucket); over all chats never more
 * than {@code overallBurst} messages in any stretch of {@code overallBurst / overallPerSecond} seconds (a sliding
 * window: for Telegram's "not more than 30 messages per second", thirty in any one second).
 */
public record RateLimits(double perChatPerSecond, int perChatBurst, double overallPerSecond, int overallBurst) {
    public RateLimits {
        if (perChatPerSecond <= 0 || overallPerSecond <= 0 || perChatBurst < 1 || overallBurst < 1) {
            throw new IllegalArgumentException("rates and bursts must be positive");
        }
    }

    /**
     * About Telegram's published guidance: one message a second per chat (a burst of three tolerated, so that a reply
     * and its edit do not trip it) and at most thirty in any second overall.
     */
    public static RateLimits telegram() {
        return new RateLimits(1, 3, 30, 30);
    }

    /** Exactly one message per second per chat, no burst: for tests of the bot's own throttling. */
    public static RateLimits strict() {
        return new RateLimits(1, 1, 30, 30);
    }

    /** No limits at all. */
    public static RateLimits none() {
        return new RateLimits(Double.POSITIVE_INFINITY, Integer.MAX_VALUE, Double.POSITIVE_INFINITY, Integer.MAX_VALUE);
    }
}
