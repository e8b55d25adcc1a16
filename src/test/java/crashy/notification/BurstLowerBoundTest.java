package crashy.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The burst benchmark's lower bound: the least time a platform's limits let a burst of DMs take. */
class BurstLowerBoundTest {
    private static final BurstLowerBound.Span TELEGRAM_CHAT = BurstLowerBound.tokenBucket(1, 3);
    private static final BurstLowerBound.Span TELEGRAM_OVERALL =
            BurstLowerBound.slidingWindow(30, Duration.ofSeconds(1));

    @Test
    void aTokenBucketLetsItsBurstGoAtOnceAndTheRestAtItsRate() {
        assertThat(TELEGRAM_CHAT.applyAsDouble(3)).isZero();
        assertThat(TELEGRAM_CHAT.applyAsDouble(5)).isCloseTo(2.0, within(1e-9));
    }

    @Test
    void aSlidingWindowLetsItsLimitGoOncePerWindow() {
        assertThat(TELEGRAM_OVERALL.applyAsDouble(30)).isZero();
        assertThat(TELEGRAM_OVERALL.applyAsDouble(31)).isCloseTo(1.0, within(1e-9));
        assertThat(TELEGRAM_OVERALL.applyAsDouble(90)).isCloseTo(2.0, within(1e-9));
    }

    @Test
    void fixedWindowsMayMeetTwiceTheirLimitAcrossABoundary() {
        BurstLowerBound.Span channel = BurstLowerBound.fixedWindows(5, Duration.ofSeconds(5));

        assertThat(channel.applyAsDouble(10)).isZero();
        assertThat(channel.applyAsDouble(11)).isCloseTo(5.0, within(1e-9));
    }

    @Test
    void theLastMessagesReleasedCountFromTheirRelease() {
        // given: one message at 0 s, then five released at 10 s in one chat
        List<Double> releases = List.of(0.0, 10.0, 10.0, 10.0, 10.0, 10.0);

        // when
        BurstLowerBound.Term term = BurstLowerBound.group("chat", releases, TELEGRAM_CHAT);

        // then: three go at once, the other two a second apart
        assertThat(term.seconds()).isCloseTo(12.0, within(1e-9));
    }

    @Test
    void namesTheLimitThatBinds() {
        Map<String, List<Double>> quiet = Map.of("1", List.of(0.0), "2", List.of(59.5));
        Map<String, List<Double>> busyChat = Map.of("1", Collections.nCopies(8, 55.0), "2", List.of(59.5));

        assertThat(BurstLowerBound.platform("TELEGRAM", quiet, TELEGRAM_CHAT, TELEGRAM_OVERALL))
                .isEqualTo(new BurstLowerBound.Term("TELEGRAM last completion", 59.5));
        assertThat(BurstLowerBound.platform("TELEGRAM", busyChat, TELEGRAM_CHAT, TELEGRAM_OVERALL))
                .isEqualTo(new BurstLowerBound.Term("TELEGRAM limit of chat 1", 60.0));
    }
}
