package crashy.chat.discord;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The few daemon threads that answer interactions, so commands (which read the database and the board) never run on
 * JDA's event thread, where they would hold up every other event. A task that throws is logged, not lost silently.
 */
final class DiscordWorkers {
    private static final Logger log = LoggerFactory.getLogger(DiscordWorkers.class);
    private static final int THREADS = 4;
    private static final Duration STOP_GRACE = Duration.ofSeconds(2);

    private final ExecutorService pool;

    DiscordWorkers() {
        AtomicInteger count = new AtomicInteger();
        pool = Executors.newFixedThreadPool(THREADS, task -> {
            Thread thread = new Thread(task, "discord-command-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    void run(Runnable task) {
        try {
            pool.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    log.error("A Discord interaction could not be answered", e);
                }
            });
        } catch (RejectedExecutionException stopping) {
            // Crashy is stopping; Discord shows the user that the interaction failed.
        }
    }

    /** Takes no more work; what runs gets a moment to finish. */
    void close() {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
