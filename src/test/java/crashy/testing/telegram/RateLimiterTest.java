package crashy.testing.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import crashy.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));

    @Test
    void letsABurstThroughThenAsksToWaitASecondPerChat() {
        // given
        RateLimiter limiter = new RateLimiter(clock, RateLimits.telegram());
        sendTimes(limiter, "42", 3);

        // expect
        assertThat(limiter.retryAfter("42")).hasValue(1);
        assertThat(limiter.retryAfter("43")).isEmpty();
    }

    @Test
    void refillsOneMessageASecond() {
        // given
        RateLimiter limiter = new RateLimiter(clock, RateLimits.strict());
        sendTimes(limiter, "42", 1);

        // when
        clock.advance(Duration.ofMillis(999));
        OptionalInt tooEarly = limiter.retryAfter("42");
        clock.advance(Duration.ofMillis(1));
        OptionalInt onTime = limiter.retryAfter("42");

        // then
        assertThat(tooEarly).hasValue(1);
        assertThat(onTime).isEmpty();
    }

    @Test
    void aRefusedMessageTakesNothing() {
        // given
        RateLimiter limiter = new RateLimiter(clock, RateLimits.strict());
        sendTimes(limiter, "42", 1);
        assertThat(limiter.retryAfter("42")).isPresent();

        // when
        clock.advance(Duration.ofSeconds(1));

        // then
        assertThat(limiter.retryAfter("42")).isEmpty();
    }

    @Test
    void limitsAllChatsTogetherToThirtyInAnySecond() {
        // given: twenty messages at once, ten more half a second later
        RateLimiter limiter = new RateLimiter(clock, RateLimits.telegram());
        for (int chat = 1; chat <= 20; chat++) {
            assertThat(limiter.retryAfter(Integer.toString(chat))).isEmpty();
        }
        clock.advance(Duration.ofMillis(500));
        for (int chat = 21; chat <= 30; chat++) {
            assertThat(limiter.retryAfter(Integer.toString(chat))).isEmpty();
        }

        // when
        OptionalInt thirtyFirst = limiter.retryAfter("31");
        clock.advance(Duration.ofMillis(499));
        OptionalInt justBeforeTheFirstTwentyLeave = limiter.retryAfter("31");
        clock.advance(Duration.ofMillis(1));
        OptionalInt aSecondAfterTheFirstTwenty = limiter.retryAfter("31");

        // then: the first twenty made room for twenty more, no more
        assertThat(thirtyFirst).hasValue(1);
        assertThat(justBeforeTheFirstTwentyLeave).hasValue(1);
        assertThat(aSecondAfterTheFirstTwenty).isEmpty();
        for (int chat = 32; chat <= 50; chat++) {
            assertThat(limiter.retryAfter(Integer.toString(chat))).isEmpty();
        }
        assertThat(limiter.retryAfter("51")).isPresent();
    }

    @Test
    void roundsTheWaitUpToWholeSeconds() {
        // given: a slow limit of one message in five seconds
        RateLimiter limiter = new RateLimiter(clock, new RateLimits(0.2, 1, 30, 30));
        sendTimes(limiter, "42", 1);

        // when
        clock.advance(Duration.ofMillis(1500));

        // then
        assertThat(limiter.retryAfter("42")).hasValue(4);
    }

    @Test
    void noLimitsMeansNoWaiting() {
        // given
        RateLimiter limiter = new RateLimiter(clock, RateLimits.none());

        // expect
        sendTimes(limiter, "42", 1000);
    }

    @Test
    void changingTheLimitsStartsWithFullBuckets() {
        // given
        RateLimiter limiter = new RateLimiter(clock, RateLimits.strict());
        sendTimes(limiter, "42", 1);

        // when
        limiter.change(RateLimits.telegram());

        // then
        sendTimes(limiter, "42", 3);
        assertThat(limiter.retryAfter("42")).isPresent();
    }

    private static void sendTimes(RateLimiter limiter, String chat, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(limiter.retryAfter(chat)).as("message %d", i + 1).isEmpty();
        }
    }
}
