package crashy.testing.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import crashy.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiscordRateLimiterTest {
    private static final Instant START = Instant.parse("2026-01-05T10:00:00Z");
    private static final String MESSAGES = "channels/{channel_id}/messages";

    private final MutableClock clock = new MutableClock(START);
    private final DiscordRateLimiter limiter = new DiscordRateLimiter(
            clock,
            RateLimits.discordLike().withGlobalPerSecond(0).withBucket("POST", MESSAGES, 5, Duration.ofSeconds(5)));

    @Test
    void acceptsUpToTheLimitThenRefusesUntilTheWindowResets() {
        List<DiscordRateLimiter.Decision> burst = List.of(send("42"), send("42"), send("42"), send("42"), send("42"));

        DiscordRateLimiter.Decision sixth = send("42");
        clock.advance(Duration.ofMillis(2500));
        DiscordRateLimiter.Decision halfWay = send("42");
        clock.advance(Duration.ofMillis(2500));
        DiscordRateLimiter.Decision afterReset = send("42");

        assertThat(burst).allMatch(DiscordRateLimiter.Decision::allowed);
        assertThat(burst)
                .extracting(decision -> decision.headers().get("X-RateLimit-Remaining"))
                .containsExactly("4", "3", "2", "1", "0");
        assertThat(sixth.allowed()).isFalse();
        assertThat(sixth.headers())
                .containsEntry("Retry-After", "5")
                .containsEntry("X-RateLimit-Scope", "user")
                .containsEntry("X-RateLimit-Reset-After", "5.000");
        assertThat(halfWay.headers())
                .containsEntry("Retry-After", "3")
                .containsEntry("X-RateLimit-Reset-After", "2.500");
        assertThat(afterReset.allowed()).isTrue();
        assertThat(limiter.windows("POST", "channels/42/messages", MESSAGES, "42"))
                .extracting(BucketWindow::start, BucketWindow::accepted, BucketWindow::rejected)
                .containsExactly(tuple(START, 5, 2), tuple(START.plusSeconds(5), 1, 0));
        assertThat(limiter.rejections()).isEqualTo(2);
    }

    @Test
    void keepsOneBucketPerChannel() {
        for (int i = 0; i < 5; i++) {
            send("42");
        }

        assertThat(send("42").allowed()).isFalse();
        assertThat(send("43").allowed()).isTrue();
    }

    @Test
    void reportsTheTimeLeftInTheWindowAndWhenItEnds() {
        send("42");
        clock.advance(Duration.ofMillis(1200));

        DiscordRateLimiter.Decision second = send("42");

        assertThat(second.headers())
                .containsEntry("X-RateLimit-Limit", "5")
                .containsEntry("X-RateLimit-Remaining", "3")
                .containsEntry("X-RateLimit-Reset-After", "3.800")
                .containsEntry("X-RateLimit-Reset", String.format("%d.000", START.getEpochSecond() + 5))
                .doesNotContainKey("Retry-After");
    }

    @Test
    void roundsRetryAfterUpToWholeSecondsSoABotNeverRetriesTooEarly() {
        for (int i = 0; i < 5; i++) {
            send("42");
        }
        clock.advance(Duration.ofMillis(4800));

        DiscordRateLimiter.Decision refused = send("42");

        assertThat(refused.retryAfterMillis()).isEqualTo(200);
        assertThat(refused.headers()).containsEntry("Retry-After", "1");
    }

    @Test
    void theGlobalLimitCoversEveryRouteButInteractionResponses() {
        limiter.setLimits(RateLimits.discordLike().withGlobalPerSecond(3));
        acquire("GET", "users/@me", true);
        acquire("GET", "users/4001", true);
        acquire("POST", "channels/42/messages", true);

        DiscordRateLimiter.Decision fourth = acquire("GET", "channels/42", true);
        DiscordRateLimiter.Decision callback = acquire("POST", "interactions/9/token/callback", false);
        clock.advance(Duration.ofSeconds(1));
        DiscordRateLimiter.Decision nextSecond = acquire("GET", "channels/42", true);

        assertThat(fourth.allowed()).isFalse();
        assertThat(fourth.headers())
                .containsEntry("X-RateLimit-Global", "true")
                .containsEntry("X-RateLimit-Scope", "global")
                .containsEntry("Retry-After", "1");
        assertThat(callback.allowed()).isTrue();
        assertThat(nextSecond.allowed()).isTrue();
        assertThat(limiter.globalWindows()).extracting(BucketWindow::accepted).containsExactly(3, 1);
    }

    private DiscordRateLimiter.Decision send(String channel) {
        return limiter.acquire("POST", "channels/" + channel + "/messages", MESSAGES, channel, true);
    }

    private DiscordRateLimiter.Decision acquire(String method, String path, boolean countsGlobally) {
        return limiter.acquire(method, path, path, "", countsGlobally);
    }
}
