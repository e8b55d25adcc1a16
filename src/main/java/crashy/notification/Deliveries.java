package crashy.notification;

import crashy.subscription.ChatPlatform;
import crashy.subscription.SubscriptionService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Works through the outbox, one loop per chat platform. Messages to one user go out in order, one at a time;
 * different users are served in parallel, so one slow or rate-limited user never holds up the others.
 */
@Component
public final class Deliveries implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);
    private static final int BATCH = 200;
    private static final int PARALLEL_USERS = 8;
    private static final Duration IDLE_CHECK = Duration.ofSeconds(5);

    private final Map<ChatPlatform, Courier> couriers = new EnumMap<>(ChatPlatform.class);
    private final Outbox outbox;
    private final Clock clock;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private final List<Thread> loops = new ArrayList<>();
    private ExecutorService pool;

    public Deliveries(List<ChatSender> senders, Outbox outbox, SubscriptionService subscriptions, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
        senders.forEach(sender -> couriers.put(sender.platform(), new Courier(sender, outbox, subscriptions, clock)));
    }

    /** Whether some sender delivers to this platform (a platform without a token has none). */
    public boolean serves(ChatPlatform platform) {
        return couriers.containsKey(platform);
    }

    /** Tells the loops that new notifications are queued. */
    public void wake() {
        wakeUp.release(Math.max(1, couriers.size()));
    }

    /** Delivers everything of the platform that is due now; returns how many notifications were attempted. */
    public int deliverDue(ChatPlatform platform) {
        Courier courier = couriers.get(platform);
        if (courier == null) {
            return 0;
        }
        List<QueuedNotification> due = outbox.due(platform, clock.instant(), BATCH);
        Map<String, List<QueuedNotification>> perUser = new LinkedHashMap<>();
        due.forEach(q -> perUser.computeIfAbsent(q.notification().user().value(), u -> new ArrayList<>())
                .add(q));
        List<Callable<Void>> work = new ArrayList<>();
        perUser.values()
                .forEach(queue -> work.add(() -> {
                    queue.forEach(courier::deliver);
                    return null;
                }));
        runAll(work);
        return due.size();
    }

    @Override
    public synchronized void start() {
        running = true;
        pool = Executors.newFixedThreadPool(PARALLEL_USERS, daemon("deliver"));
        couriers.keySet().forEach(platform -> {
            Thread loop = daemon("deliveries-" + platform.name().toLowerCase(java.util.Locale.ROOT))
                    .newThread(() -> loop(platform));
            loops.add(loop);
            loop.start();
        });
    }

    @Override
    public synchronized void stop() {
        running = false;
        loops.forEach(Thread::interrupt);
        loops.clear();
        if (pool != null) {
            pool.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void loop(ChatPlatform platform) {
        while (running) {
            try {
                if (deliverDue(platform) == 0) {
                    wakeUp.tryAcquire(untilNextDue(platform).toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("Delivering {} notifications failed; trying again shortly", platform, e);
                try {
                    wakeUp.tryAcquire(IDLE_CHECK.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private Duration untilNextDue(ChatPlatform platform) {
        Instant now = clock.instant();
        return outbox.nextDue(platform)
                .map(due -> Duration.between(now, due))
                .filter(wait -> wait.compareTo(IDLE_CHECK) < 0)
                .map(wait -> wait.isNegative() ? Duration.ZERO : wait)
                .orElse(IDLE_CHECK);
    }

    private void runAll(List<Callable<Void>> work) {
        if (pool == null || work.size() == 1) {
            for (Callable<Void> task : work) {
                try {
                    task.call();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            return;
        }
        try {
            for (var future : pool.invokeAll(work)) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("a delivery failed", e.getCause());
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
