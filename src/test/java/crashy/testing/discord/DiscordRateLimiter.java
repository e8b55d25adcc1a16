package crashy.testing.discord;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Discord's rate limits as fixed windows: a window opens with the first call after the previous one expired, and a
 * call beyond the limit inside a window is refused. Time comes from the given clock, so a test can step it.
 */
final class DiscordRateLimiter {
    private static final long GLOBAL_PERIOD_MILLIS = 1000;
    private static final String GLOBAL_KEY = "global";

    private final Clock clock;
    private final Map<String, List<Window>> windows = new LinkedHashMap<>();
    private RateLimits limits;

    DiscordRateLimiter(Clock clock, RateLimits limits) {
        this.clock = clock;
        this.limits = limits;
    }

    synchronized void setLimits(RateLimits limits) {
        this.limits = limits;
    }

    /** Counts a call if both its bucket and (unless exempt) the global limit have room, or says why not. */
    synchronized Decision acquire(String method, String path, String route, String major, boolean countsGlobally) {
        long now = clock.millis();
        BucketRule rule = limits.ruleFor(method, path, route);
        Window bucket = current(key(rule, major), rule.period().toMillis(), now);
        if (countsGlobally && limits.globalPerSecond() > 0) {
            Window global = current(GLOBAL_KEY, GLOBAL_PERIOD_MILLIS, now);
            if (global.accepted >= limits.globalPerSecond()) {
                global.rejected++;
                return new Decision(false, true, rule, limits.globalPerSecond(), 0, global.resetAt, now);
            }
            if (bucket.accepted < rule.limit()) {
                global.accepted++;
            }
        }
        if (bucket.accepted >= rule.limit()) {
            bucket.rejected++;
            return new Decision(false, false, rule, rule.limit(), 0, bucket.resetAt, now);
        }
        bucket.accepted++;
        return new Decision(true, false, rule, rule.limit(), rule.limit() - bucket.accepted, bucket.resetAt, now);
    }

    /** The {@code X-RateLimit-Bucket} hash of the bucket a call falls into. */
    synchronized String bucketOf(String method, String path, String route) {
        return limits.ruleFor(method, path, route).bucket();
    }

    /** Every window of the bucket a call of this method and path falls into, oldest first. */
    synchronized List<BucketWindow> windows(String method, String path, String route, String major) {
        return windowsOf(key(limits.ruleFor(method, path, route), major));
    }

    synchronized List<BucketWindow> globalWindows() {
        return windowsOf(GLOBAL_KEY);
    }

    synchronized int rejections() {
        return windows.values().stream()
                .flatMap(List::stream)
                .mapToInt(window -> window.rejected)
                .sum();
    }

    /** The major parameter of a route: the channel, guild or interaction it acts on (empty for none). */
    static String majorParameter(Map<String, String> parameters) {
        return String.join(
                "/",
                Stream.of("channel_id", "guild_id", "interaction_id", "interaction_token")
                        .filter(parameters::containsKey)
                        .map(parameters::get)
                        .toList());
    }

    private List<BucketWindow> windowsOf(String key) {
        return windows.getOrDefault(key, List.of()).stream()
                .map(window ->
                        new BucketWindow(key, Instant.ofEpochMilli(window.start), window.accepted, window.rejected))
                .toList();
    }

    private static String key(BucketRule rule, String major) {
        return rule.bucket() + ":" + major;
    }

    private Window current(String key, long periodMillis, long now) {
        List<Window> history = windows.computeIfAbsent(key, k -> new ArrayList<>());
        if (history.isEmpty() || now >= history.get(history.size() - 1).resetAt) {
            history.add(new Window(now, now + periodMillis));
        }
        return history.get(history.size() - 1);
    }

    private static final class Window {
        final long start;
        final long resetAt;
        int accepted;
        int rejected;

        Window(long start, long resetAt) {
            this.start = start;
            this.resetAt = resetAt;
        }
    }

    /** The limiter's answer to one call, and the headers Discord would send with it. */
    record Decision(
            boolean allowed, boolean global, BucketRule rule, int limit, int remaining, long resetAt, long now) {
        long retryAfterMillis() {
            return Math.max(0, resetAt - now);
        }

        /** Discord's whole seconds for {@code Retry-After}: never less than the real wait. */
        long retryAfterSeconds() {
            return Math.max(1, (retryAfterMillis() + 999) / 1000);
        }

        Map<String, String> headers() {
            Map<String, String> headers = new LinkedHashMap<>();
            if (global) {
                headers.put("X-RateLimit-Global", "true");
                headers.put("X-RateLimit-Scope", "global");
            } else {
                headers.put("X-RateLimit-Limit", Integer.toString(limit));
                headers.put("X-RateLimit-Remaining", Integer.toString(remaining));
                headers.put("X-RateLimit-Reset", seconds(resetAt));
                headers.put("X-RateLimit-Reset-After", seconds(retryAfterMillis()));
                headers.put("X-RateLimit-Bucket", rule.bucket());
                if (!allowed) {
                    headers.put("X-RateLimit-Scope", "user");
                }
            }
            if (!allowed) {
                headers.put("Retry-After", Long.toString(retryAfterSeconds()));
            }
            return headers;
        }

        static String seconds(long millis) {
            return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
        }
    }
}
