package crashy.notification;

import static org.assertj.core.api.Assertions.assertThat;

import crashy.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The send window on a clock that stands still, so every moment it hands out can be read off exactly. */
class SendWindowTest {
    private static final Instant NOW = Instant.parse("2026-11-25T23:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final SendWindow window = new SendWindow(3, Duration.ofSeconds(1), clock);

    @Test
    void letsItsLimitGoAtOnceThenWaitsUntilTheFirstHaveLeftTheWindow() {
        // when
        List<Instant> moments = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            moments.add(window.reserve(NOW));
        }

        // then
        assertThat(moments).containsExactly(NOW, NOW, NOW, at(1000), at(1000), at(1000), at(2000));
    }

    @Test
    void neverPutsASendBeforeSendsReservedForLaterWhenTheyWouldMakeTooMany() {
        // given: three sends reserved half a second from now
        for (int i = 0; i < 3; i++) {
            window.reserve(at(500));
        }

        // when
        Instant now = window.reserve(NOW);

        // then: now would make four in the second from now, so it waits until they have left
        assertThat(now).isEqualTo(at(1500));
    }

    @Test
    void fillsAGapBeforeLaterSendsWhereTheyLeaveRoom() {
        // given: two sends reserved 900 ms from now
        window.reserve(at(900));
        window.reserve(at(900));

        // then: one more fits now, a second only after the first has left
        assertThat(window.reserve(NOW)).isEqualTo(NOW);
        assertThat(window.reserve(NOW)).isEqualTo(at(1000));
    }

    @Test
    void forgetsSendsOnceTheyAreAWindowOld() {
        // given
        for (int i = 0; i < 3; i++) {
            window.reserve(NOW);
        }

        // when
        clock.advance(Duration.ofSeconds(1));

        // then
        assertThat(window.reserve(NOW)).isEqualTo(at(1000));
    }

    @Test
    void reservesSeveralSendsAndWaitsOnlyWhileTheyFitWithinTheWindow() {
        // given: a window with room for two more
        window.reserve(NOW);

        // expect: both fit now, so there is nothing to wait for
        assertThat(window.awaitTurns(2)).isTrue();
        assertThat(window.reserve(NOW)).isEqualTo(at(1000));
    }

    private static Instant at(long millis) {
        return NOW.plusMillis(millis);
    }
}
