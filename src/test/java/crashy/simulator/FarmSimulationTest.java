package crashy.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FarmSimulationTest {
    private static final Instant START = Instant.parse("2025-11-19T13:00:00Z");

    private final SimulatedFarm farm = new SimulatedFarm(1, START);
    private final AtomicLong nanos = new AtomicLong(5_000_000_000L);

    @Test
    void advancesTheFarmByTheRealTimeElapsedTimesTheSpeed() {
        FarmSimulation simulation = new FarmSimulation(farm, 10, nanos::get);

        nanos.addAndGet(1_500_000_000L);
        simulation.tick();

        assertThat(farm.now()).isEqualTo(START.plusSeconds(15));
    }

    @Test
    void keepsFractionsOfAMillisecondForTheNextTick() {
        FarmSimulation simulation = new FarmSimulation(farm, 0.5, nanos::get);

        for (int tick = 0; tick < 4; tick++) {
            nanos.addAndGet(1_000_000L);
            simulation.tick();
        }

        assertThat(farm.now()).isEqualTo(START.plusMillis(2));
    }

    @Test
    void refusesASpeedThatIsNotPositive() {
        assertThatThrownBy(() -> new FarmSimulation(farm, 0, nanos::get)).isInstanceOf(IllegalArgumentException.class);
    }
}
