package crashy.chat.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.longpolling.util.TelegramOkHttpClientFactory;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * One run of long polling, from start to stop: telegrambots' polling on a daemon thread of its own, and a few daemon
 * threads that handle the updates it brings, so that a slow command never holds up polling. Each user's updates go to
 * the same thread, so they are answered in the order they were written.
 */
final class TelegramPolling {
    private static final Logger log = LoggerFactory.getLogger(TelegramPolling.class);
    private static final int WORKERS = 4;
    private static final Duration STOP_GRACE = Duration.ofSeconds(2);

    private final TelegramProperties properties;
    private final ScheduledThreadPoolExecutor poller = new ScheduledThreadPoolExecutor(1, daemon("telegram-poll"));
    private final List<ExecutorService> workers = IntStream.range(0, WORKERS)
            .mapToObj(i -> Executors.newSingleThreadExecutor(daemon("telegram-update-" + i)))
            .toList();
    // telegrambots' own client, whose read timeout outlasts its 50 s long poll.
    private final OkHttpClient http = new TelegramOkHttpClientFactory.DefaultOkHttpClientCreator().get();
    private final TelegramBotsLongPollingApplication application =
            new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> http, () -> poller);

    TelegramPolling(TelegramProperties properties) {
        this.properties = properties;
        poller.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        poller.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
    }

    /** Starts polling, each update handed to {@code handler} on the pool; fails when Telegram cannot be reached. */
    void start(Consumer<Update> handler) throws TelegramApiException {
        try {
            application.registerBot(
                    properties.requiredToken(),
                    properties::telegramUrl,
                    new DefaultGetUpdatesGenerator(),
                    updates -> dispatch(updates, handler));
        } catch (TelegramApiException e) {
            forgetBot();
            throw e;
        }
    }

    /** Runs the task on the polling thread after a while, unless stopped before. */
    void later(Runnable task, Duration delay) {
        poller.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Stops polling without interrupting a poll in flight, which would only log an error: it gets a moment to end,
     * and if it brings updates, they are not confirmed, so Telegram hands them out again on the next start. Replies
     * under way get a moment to finish too.
     */
    void stop() {
        try {
            application.close();
        } catch (Exception e) {
            log.warn("Telegram polling did not stop cleanly: {}", TelegramFailures.describe(e));
        }
        poller.shutdown();
        workers.forEach(ExecutorService::shutdown);
        awaitThreads();
        http.connectionPool().evictAll();
    }

    private void awaitThreads() {
        try {
            poller.awaitTermination(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            for (ExecutorService worker : workers) {
                if (!worker.awaitTermination(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                    worker.shutdownNow();
                }
            }
        } catch (InterruptedException e) {
            workers.forEach(ExecutorService::shutdownNow);
            Thread.currentThread().interrupt();
        }
    }

    private void dispatch(List<Update> updates, Consumer<Update> handler) {
        for (Update update : updates) {
            try {
                workers.get(Math.floorMod(Long.hashCode(senderOf(update)), WORKERS))
                        .execute(() -> handler.accept(update));
            } catch (RejectedExecutionException stopping) {
                // Stopped meanwhile; Telegram hands the update out again on the next start.
                return;
            }
        }
    }

    /** Who sent the update: the user who wrote the message or pressed the button; 0 for anything else. */
    private static long senderOf(Update update) {
        if (update.hasMessage()) {
            return update.getMessage().getChatId();
        }
        return update.hasCallbackQuery() ? update.getCallbackQuery().getFrom().getId() : 0;
    }

    /** A failed registration leaves its session behind in telegrambots; a retry needs it gone. */
    private void forgetBot() {
        try {
            application.unregisterBot(properties.requiredToken());
        } catch (TelegramApiException notRegistered) {
            // Nothing was kept; nothing to undo.
        }
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
