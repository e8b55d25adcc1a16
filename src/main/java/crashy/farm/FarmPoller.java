package crashy.farm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Polls the farm in three tiers, each on its own thread so a slow or failing call in one never holds up the others.
 * While the farm does not answer, every tier backs off (doubling up to a minute), the board says since when the farm
 * is unreachable, and nothing is concluded about any job.
 */
@Component
public final class FarmPoller implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(FarmPoller.class);
    private static final Duration MAX_BACKOFF = Duration.ofMinutes(1);

    private final JobBoard board;
    private final JobTracker tracker;
    private final Clock clock;
    private final List<PollTier> tiers;
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private volatile ScheduledExecutorService executor;

    FarmPoller(FarmClient client, JobBoard board, JobTracker tracker, PollProperties poll, Clock clock) {
        this.board = board;
        this.tracker = tracker;
        this.clock = clock;
        PollContext farm = PollContext.of(client, tracker, board, clock);
        this.tiers = List.of(
                new PollTier("active", poll.active(), new ActiveTier(farm, poll.active())::tick),
                new PollTier("recent", poll.recent(), onceSynced(farm, new RecentTier(farm)::tick)),
                new PollTier("older", poll.older(), onceSynced(farm, new HistoryTier(farm)::tick)));
    }

    @Override
    public void start() {
        tracker.load();
        AtomicInteger threads = new AtomicInteger();
        executor = Executors.newScheduledThreadPool(tiers.size(), task -> {
            Thread thread = new Thread(task, "farm-poll-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        tiers.forEach(tier -> schedule(tier, tier == tiers.get(0) ? Duration.ZERO : tier.interval()));
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running != null) {
            running.shutdownNow();
            try {
                running.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    /** Runs one tick of the tier now, on the calling thread, with the same failure handling as a scheduled one. */
    Duration runTick(PollTier tier) {
        Instant started = clock.instant();
        try {
            tier.tick();
            failures.remove(tier.name());
            Instant now = clock.instant();
            board.markReached(now).ifPresent(since -> log.info("Farm answers again (down since {})", since));
            return tier.untilNext(Duration.between(started, now));
        } catch (FarmUnavailableException e) {
            if (board.markUnreachable(clock.instant(), e.getMessage())) {
                log.warn(
                        "Farm unreachable: {}. Retrying with backoff; no job changes are concluded meanwhile.",
                        e.getMessage());
            }
            return backoff(tier);
        } catch (RuntimeException e) {
            log.error("The {} poll failed unexpectedly; retrying with backoff", tier.name(), e);
            return backoff(tier);
        }
    }

    List<PollTier> tiers() {
        return tiers;
    }

    /** Work that compares with the board waits for the first sync: before it, the board has nothing to compare. */
    private static Runnable onceSynced(PollContext farm, Runnable work) {
        return () -> {
            if (farm.sync().isSynced()) {
                work.run();
            }
        };
    }

    private void schedule(PollTier tier, Duration delay) {
        ScheduledExecutorService running = executor;
        if (running != null && !running.isShutdown()) {
            running.schedule(() -> schedule(tier, runTick(tier)), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private Duration backoff(PollTier tier) {
        int failed = failures.merge(tier.name(), 1, Integer::sum);
        Duration base = tiers.get(0).interval();
        Duration delay = base.multipliedBy(1L << Math.min(failed - 1, 10));
        return delay.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : delay;
    }
}
