package crashy.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import crashy.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenBudgetTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-14T22:00:00Z"));
    private final TokenBudget budget = new TokenBudget(2_000, clock);

    @Test
    void allowsCallsUntilTheDaysTokensAreSpent() {
        assertThat(budget.tryReserve(1_500)).isTrue();
        assertThat(budget.tryReserve(600)).isFalse();
        assertThat(budget.tryReserve(500)).isTrue();
        assertThat(budget.remainingToday()).isZero();
        assertThat(budget.status())
                .isEqualTo("2000 of 2000 AI summary tokens used today; no more until 2026-03-15T00:00:00Z");
    }

    @Test
    void settlesAReservationWithWhatTheCallReallyCost() {
        budget.tryReserve(1_500);

        budget.settle(1_500, 400);

        assertThat(budget.remainingToday()).isEqualTo(1_600);
    }

    @Test
    void startsAfreshAtMidnight() {
        budget.tryReserve(2_000);

        clock.advance(Duration.ofHours(2));

        assertThat(budget.tryReserve(2_000)).isTrue();
        assertThat(budget.startOfToday()).isEqualTo(Instant.parse("2026-03-15T00:00:00Z"));
    }

    @Test
    void countsWhatWasSpentBeforeARestart() {
        budget.spentEarlier(1_900);

        assertThat(budget.tryReserve(200)).isFalse();
    }

    @Test
    void turnsSummariesOffWithABudgetOfZero() {
        TokenBudget off = new TokenBudget(0, clock);

        assertThat(off.tryReserve(1)).isFalse();
        assertThatThrownBy(() -> new TokenBudget(-1, clock)).isInstanceOf(IllegalArgumentException.class);
    }
}
