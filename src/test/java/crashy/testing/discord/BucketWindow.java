package crashy.testing.discord;

import java.time.Instant;

/** The limiter's accounting for one window of a bucket: when it opened and what it let through or refused. */
public record BucketWindow(String key, Instant start, int accepted, int rejected) {}
