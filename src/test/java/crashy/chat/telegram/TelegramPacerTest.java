package crashy.chat.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import crashy.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pacer on a clock that stands still, so every wait it hands out can be read off exactly. */
class TelegramPacerTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T21:00:00Z"));
    private final TelegramPacer pacer = new TelegramPacer(clock);

    @Test
    void letsTwoMessagesToAChatGoAtOnceThenOneASecond() {
        // when
        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            waits.add(pacer.reserve(42));
        }

        // then
        assertThat(waits).containsExactly(seconds(0), seconds(0), seconds(1), seconds(2), seconds(3));
    }

    @Test
    void refillsAChatsBurstWhileItIsQuiet() {
        // given
        pacer.reserve(42);
        pacer.reserve(42);

        // when
        clock.advance(Duration.ofSeconds(2));

        // then
        assertThat(pacer.reserve(42)).isZero();
        assertThat(pacer.reserve(42)).isZero();
        assertThat(pacer.reserve(42)).isEqualTo(seconds(1));
    }

    @Test
    void keepsChatsApartFromEachOther() {
        // given
        pacer.reserve(42);
        pacer.reserve(42);

        // then
        assertThat(pacer.reserve(7)).isZero();
    }

    @Test
    void sendsAtMostThirtyMessagesInAnySecondOverAllChats() {
        // when: one message to each of 60 chats at the same moment
        List<Duration> waits = new ArrayList<>();
        for (long chat = 1; chat <= 60; chat++) {
            waits.add(pacer.reserve(chat));
        }

        // then: 28 at once, the next 28 once the first have been gone 1.2 s, then the rest
        assertThat(waits.subList(0, 28)).allMatch(Duration::isZero);
        assertThat(waits.subList(28, 56)).allMatch(wait -> wait.equals(Duration.ofMillis(1200)));
        assertThat(waits.subList(56, 60)).allMatch(wait -> wait.equals(Duration.ofMillis(2400)));
        assertThat(sentWithin(waits, Duration.ofSeconds(1))).isLessThanOrEqualTo(30);
    }

    @Test
    void countsAMessageThatWaitsForItsChatInTheStretchItGoesIn() {
        // given: chat 42 used its burst, so its third message goes a second later
        pacer.reserve(42);
        pacer.reserve(42);
        assertThat(pacer.reserve(42)).isEqualTo(seconds(1));

        // then: 25 other chats go at once, making 28 in the next 1.2 s; one more waits until the first two leave it
        for (long chat = 1; chat <= 25; chat++) {
            assertThat(pacer.reserve(chat)).isZero();
        }
        assertThat(pacer.reserve(26)).isEqualTo(Duration.ofMillis(1200));
    }

    @Test
    void countsEveryMessageInTheOverallLimitWhateverItsChat() {
        // given
        for (long chat = 1; chat <= 28; chat++) {
            pacer.reserve(chat);
        }

        // then: chat 42 has its own burst left, but the bot as a whole does not
        assertThat(pacer.reserve(42)).isEqualTo(Duration.ofMillis(1200));
    }

    private static long sentWithin(List<Duration> waits, Duration window) {
        return waits.stream().filter(wait -> wait.compareTo(window) < 0).count();
    }

    private static Duration seconds(long seconds) {
        return Duration.ofSeconds(seconds);
    }
}
