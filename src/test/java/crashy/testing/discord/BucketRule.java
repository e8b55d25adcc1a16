package crashy.testing.discord;

import java.time.Duration;
import java.util.Objects;

/**
 * A per-route rate limit of the fake: at most {@code limit} calls of {@code method pathPattern} per {@code period}
 * for each major parameter (the channel, guild or interaction token in the path), as Discord's buckets work.
 *
 * @param bucket the {@code X-RateLimit-Bucket} hash the fake reports for it
 */
public record BucketRule(String bucket, String method, String pathPattern, int limit, Duration period) {
    public BucketRule {
        Objects.requireNonNull(bucket);
        Objects.requireNonNull(method);
        Objects.requireNonNull(pathPattern);
        if (limit < 1 || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("A bucket needs a positive limit and period: " + limit + "/" + period);
        }
    }

    boolean matches(String method, String path) {
        return this.method.equalsIgnoreCase(method)
                && RoutePattern.of(pathPattern).matches(path);
    }

    boolean sameRoute(BucketRule other) {
        return method.equalsIgnoreCase(other.method)
                && RoutePattern.of(pathPattern)
                        .template()
                        .equals(RoutePattern.of(other.pathPattern).template());
    }
}
