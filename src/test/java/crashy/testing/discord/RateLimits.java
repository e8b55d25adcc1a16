package crashy.testing.discord;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The limits the fake enforces (docs/chat-fakes.md §3.1): a global limit per second for every route except
 * interaction responses, the listed buckets, and for any other route a bucket of {@code otherRoutesPerSecond} calls
 * per second. Zero turns the global limit off.
 */
public record RateLimits(int globalPerSecond, List<BucketRule> buckets, int otherRoutesPerSecond) {
    public RateLimits {
        buckets = List.copyOf(buckets);
        if (globalPerSecond < 0 || otherRoutesPerSecond < 1) {
            throw new IllegalArgumentException("Rate limits must be positive");
        }
    }

    /** Discord's published global limit (50/s) and its message limit of 5 per 5 s per channel, creates and edits. */
    public static RateLimits discordLike() {
        return new RateLimits(
                50,
                List.of(
                        new BucketRule("fake-message-create", "POST", "channels/{channel_id}/messages", 5, seconds(5)),
                        new BucketRule(
                                "fake-message-edit",
                                "PATCH",
                                "channels/{channel_id}/messages/{message_id}",
                                5,
                                seconds(5))),
                50);
    }

    public RateLimits withGlobalPerSecond(int perSecond) {
        return new RateLimits(perSecond, buckets, otherRoutesPerSecond);
    }

    /** These limits with this bucket instead of any other one for the same method and path pattern. */
    public RateLimits withBucket(String method, String pathPattern, int limit, Duration period) {
        BucketRule rule = new BucketRule(
                "fake-" + method.toLowerCase() + "-" + Integer.toHexString(pathPattern.hashCode()),
                method,
                pathPattern,
                limit,
                period);
        List<BucketRule> replaced = new ArrayList<>();
        buckets.stream().filter(existing -> !existing.sameRoute(rule)).forEach(replaced::add);
        replaced.add(0, rule);
        return new RateLimits(globalPerSecond, replaced, otherRoutesPerSecond);
    }

    /** The rule for a call: a listed bucket, or the per-route bucket for other routes. */
    BucketRule ruleFor(String method, String path, String route) {
        return buckets.stream()
                .filter(rule -> rule.matches(method, path))
                .findFirst()
                .orElseGet(() -> new BucketRule(
                        "fake-route-" + Integer.toHexString((method + " " + route).hashCode()),
                        method,
                        route,
                        otherRoutesPerSecond,
                        seconds(1)));
    }

    private static Duration seconds(long seconds) {
        return Duration.ofSeconds(seconds);
    }
}
