package crashy.farm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PollTierTest {
    private final PollTier active = new PollTier("active", Duration.ofSeconds(3), () -> {});

    @Test
    void startsTicksAnIntervalApartWhateverTheTickTook() {
        assertThat(active.untilNext(Duration.ZERO)).isEqualTo(Duration.ofSeconds(3));
        assertThat(active.untilNext(Duration.ofMillis(1200))).isEqualTo(Duration.ofMillis(1800));
    }

    @Test
    void leavesAQuarterIntervalAfterATickLongerThanTheInterval() {
        assertThat(active.untilNext(Duration.ofMillis(2900))).isEqualTo(Duration.ofMillis(750));
        assertThat(active.untilNext(Duration.ofSeconds(20))).isEqualTo(Duration.ofMillis(750));
    }
}
