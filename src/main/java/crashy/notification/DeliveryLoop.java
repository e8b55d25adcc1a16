package crashy.notification;

import crashy.subscription.ChatPlatform;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers one platform's outbox. A loop hands each user's due notifications to a worker of its own and at once goes
 * on with other users, so a user who waits for the platform holds up no one; new DMs go before edits. A user is served
 * by one worker at a time, so their messages go out in order; a user whose worker ended is looked at again only by a
 * fresh read of the outbox, which sees what that worker sent.
 */
final class DeliveryLoop {
    static final int PARALLEL_USERS = 32;
    static final Duration IDLE_CHECK = Duration.ofSeconds(5);
    static final Duration GATHER = Duration.ofMillis(50);
    static final int EDITS_AT_ONCE = 8;
    static final Duration STOP_GRACE = Duration.ofSeconds(5);
    private static final int BATCH = 200;
    private static final Logger log = LoggerFactory.getLogger(DeliveryLoop.class);

    private final ChatPlatform platform;
    private final Courier courier;
    private final Outbox outbox;
    private final Clock clock;
    private final Semaphore wakeUp = new Semaphore(0);
    private final ServedUsers served = new ServedUsers(IDLE_CHECK);
    private volatile boolean running;
    private @Nullable Thread loop;
    private @Nullable ExecutorService workers;

    DeliveryLoop(ChatPlatform platform, Courier courier, Outbox outbox, Clock clock) {
        this.platform = platform;
        this.courier = courier;
        this.outbox = outbox;
        this.clock = clock;
    }

    void wake() {
        wakeUp.release();
    }

    /** Delivers everything due now in the calling thread, user by user; returns how many notifications were tried. */
    int deliverDue() {
        List<QueuedNotification> due = outbox.due(platform, clock.instant(), BATCH, Set.of());
        perUser(due).values().forEach(queue -> queue.forEach(courier::deliver));
        return due.size();
    }

    synchronized void start() {
        running = true;
        String name = "deliver-" + platform.name().toLowerCase(Locale.ROOT);
        workers = Executors.newFixedThreadPool(PARALLEL_USERS, daemon(name));
        loop = daemon(name + "-loop").newThread(this::run);
        loop.start();
    }

    /**
     * Stops handing out work and lets the sends under way finish for up to {@link #STOP_GRACE}, so that what the
     * platform took is recorded as sent before the database closes: a send cut off by the stop would be sent again
     * after the restart, which Telegram cannot tell from a new message. What a worker had not started stays queued.
     */
    synchronized void stop() {
        running = false;
        if (loop != null) {
            loop.interrupt();
            loop = null;
        }
        if (workers != null) {
            ExecutorService stopping = workers;
            workers = null;
            stopping.shutdown();
            try {
                if (!stopping.awaitTermination(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                    stopping.shutdownNow();
                }
            } catch (InterruptedException e) {
                stopping.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        while (running) {
            try {
                Instant now = clock.instant();
                List<QueuedNotification> due = outbox.due(platform, now, BATCH, served.unavailable(now));
                handOut(due);
                if (due.size() < BATCH && wakeUp.tryAcquire(untilNextDue(now).toMillis(), TimeUnit.MILLISECONDS)) {
                    gather();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("Delivering {} notifications failed; trying again shortly", platform, e);
                if (!rest()) {
                    return;
                }
            }
        }
    }

    /**
     * While new DMs wait or are being sent, only they are handed out; edits (living messages, amendments) wait until
     * none is, and then only a few users' at once, so that edits never hold many of the platform's turns when the next
     * DMs come.
     */
    private void handOut(List<QueuedNotification> due) {
        boolean dmsWait = served.serving(false) > 0 || due.stream().anyMatch(DeliveryLoop::isNewDm);
        perUser(due).forEach((user, queue) -> {
            List<QueuedNotification> now =
                    dmsWait ? queue.stream().filter(DeliveryLoop::isNewDm).toList() : queue;
            if (!now.isEmpty() && (dmsWait || served.serving(true) < EDITS_AT_ONCE)) {
                handOver(user, now, !dmsWait);
            }
        });
    }

    private static boolean isNewDm(QueuedNotification queued) {
        return queued.notification().mode() == Mode.NEW;
    }

    private void handOver(String user, List<QueuedNotification> queue, boolean onlyEdits) {
        served.serving(user, onlyEdits);
        ExecutorService pool = workers;
        if (pool != null) {
            pool.execute(() -> serve(user, queue));
        }
    }

    private void serve(String user, List<QueuedNotification> queue) {
        boolean failed = false;
        try {
            for (QueuedNotification queued : queue) {
                if (!running) {
                    break;
                }
                courier.deliver(queued);
            }
        } catch (RuntimeException e) {
            failed = true;
            log.error("Delivering to {} user={} failed; trying again shortly", platform, user, e);
        } finally {
            served.ended(user, failed);
            wakeUp.release();
        }
    }

    /** Until something not yet due falls due, at most {@link #IDLE_CHECK}; new work and ended workers wake earlier. */
    private Duration untilNextDue(Instant now) {
        return outbox.nextDueAfter(platform, now)
                .map(due -> Duration.between(now, due))
                .filter(wait -> wait.compareTo(IDLE_CHECK) < 0)
                .orElse(IDLE_CHECK);
    }

    /**
     * A poll hands over its events one by one within some tens of milliseconds; waiting that long before reading the
     * outbox lets their DMs go out in the order they fall due (the oldest news first) rather than in the poll's order.
     */
    private void gather() throws InterruptedException {
        TimeUnit.MILLISECONDS.sleep(GATHER.toMillis());
        wakeUp.drainPermits();
    }

    private boolean rest() {
        try {
            wakeUp.tryAcquire(IDLE_CHECK.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Map<String, List<QueuedNotification>> perUser(List<QueuedNotification> due) {
        Map<String, List<QueuedNotification>> perUser = new LinkedHashMap<>();
        due.forEach(q -> perUser.computeIfAbsent(q.notification().user().value(), u -> new ArrayList<>())
                .add(q));
        return perUser;
    }

    private static ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
