package crashy.simulator;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link SimulatedFarm} in real time: every tick it advances the farm clock by the real time elapsed since
 * the last tick, multiplied by {@code speed} (2 = twice as fast as life).
 */
public final class FarmSimulation implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FarmSimulation.class);

    private final SimulatedFarm farm;
    private final double speed;
    private final LongSupplier nanoTime;
    private long lastTick;
    private double owedNanos;
    private @Nullable ScheduledExecutorService timer;

    FarmSimulation(SimulatedFarm farm, double speed, LongSupplier nanoTime) {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be a positive number: " + speed);
        }
        this.farm = Objects.requireNonNull(farm, "farm");
        this.speed = speed;
        this.nanoTime = nanoTime;
        this.lastTick = nanoTime.getAsLong();
    }

    /** Starts advancing the farm every {@code tick} of real time until {@link #close()}. */
    public static FarmSimulation start(SimulatedFarm farm, double speed, Duration tick) {
        FarmSimulation simulation = new FarmSimulation(farm, speed, System::nanoTime);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "farm-simulation");
            thread.setDaemon(true);
            return thread;
        });
        simulation.timer = timer;
        long period = Math.max(1, tick.toMillis());
        timer.scheduleAtFixedRate(simulation::safeTick, period, period, TimeUnit.MILLISECONDS);
        return simulation;
    }

    /** Advances the farm by the scaled real time since the last tick; whole milliseconds only, the rest is kept. */
    void tick() {
        long now = nanoTime.getAsLong();
        owedNanos += (now - lastTick) * speed;
        lastTick = now;
        long millis = (long) (owedNanos / 1_000_000);
        if (millis > 0) {
            owedNanos -= millis * 1_000_000.0;
            farm.advance(Duration.ofMillis(millis));
        }
    }

    private void safeTick() {
        try {
            tick();
        } catch (RuntimeException e) {
            // One bad tick must not stop the farm: a scheduled task that throws is never run again.
            log.error("Farm simulation tick failed", e);
        }
    }

    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
