package crashy.chat.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import crashy.command.CommandCatalog;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.longpolling.util.TelegramOkHttpClientFactory;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Listens to Telegram with long polling while Crashy runs: publishes the command menu, then hands every update to the
 * {@link TelegramUpdateHandler} on a small pool of its own, so a slow command never holds up polling. The polling
 * thread and the pool are daemons owned here; if Telegram cannot be reached at start, it keeps trying with back-off.
 */
final class TelegramGateway implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(TelegramGateway.class);
    private static final int WORKERS = 4;
    private static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    private static final Duration MAX_RETRY = Duration.ofMinutes(5);
    private static final Duration STOP_GRACE = Duration.ofSeconds(2);

    private final TelegramProperties properties;
    private final TelegramClient client;
    private final CommandCatalog catalog;
    private final TelegramUpdateHandler handler;
    private @Nullable Running running;

    TelegramGateway(
            TelegramProperties properties,
            TelegramClient client,
            CommandCatalog catalog,
            TelegramUpdateHandler handler) {
        this.properties = properties;
        this.client = client;
        this.catalog = catalog;
        this.handler = handler;
    }

    @Override
    public synchronized void start() {
        running = new Running();
        connect(running, FIRST_RETRY);
    }

    @Override
    public synchronized void stop() {
        Running stopping = running;
        running = null;
        if (stopping != null) {
            stopping.close();
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return running != null;
    }

    private synchronized void connect(Running session, Duration nextRetry) {
        if (session != running) {
            return;
        }
        publishMenu();
        try {
            session.polling.registerBot(
                    properties.requiredToken(),
                    properties::telegramUrl,
                    new DefaultGetUpdatesGenerator(),
                    updates -> dispatch(session, updates));
            log.info("Telegram: listening for commands");
        } catch (TelegramApiException e) {
            session.forgetBot(properties.requiredToken());
            log.warn(
                    "Telegram cannot be reached ({}); trying again in {}s",
                    TelegramFailures.describe(e),
                    nextRetry.toSeconds());
            Duration after = nextRetry.multipliedBy(2).compareTo(MAX_RETRY) > 0 ? MAX_RETRY : nextRetry.multipliedBy(2);
            session.poller.schedule(() -> connect(session, after), nextRetry.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** The command menu Telegram shows beside the text field; without it the commands still work when typed. */
    private void publishMenu() {
        List<BotCommand> commands = catalog.specs().stream()
                .map(spec -> new BotCommand(spec.name(), spec.description()))
                .toList();
        if (commands.isEmpty()) {
            return;
        }
        try {
            client.execute(SetMyCommands.builder().commands(commands).build());
        } catch (TelegramApiException e) {
            log.warn("Telegram did not take the command menu: {}", TelegramFailures.describe(e));
        }
    }

    private void dispatch(Running session, List<Update> updates) {
        for (Update update : updates) {
            try {
                session.workers.execute(() -> handle(update));
            } catch (RejectedExecutionException stopping) {
                // Stopped meanwhile; Telegram hands the update out again on the next start.
                return;
            }
        }
    }

    private void handle(Update update) {
        try {
            handler.handle(update);
        } catch (RuntimeException e) {
            log.error("A Telegram update could not be handled (update {})", update.getUpdateId(), e);
        }
    }

    /** The threads and the polling session of one run, from start to stop. */
    private static final class Running {
        final ScheduledThreadPoolExecutor poller = new ScheduledThreadPoolExecutor(1, daemon("telegram-poll"));
        final ExecutorService workers = Executors.newFixedThreadPool(WORKERS, daemon("telegram-update"));
        // telegrambots' own client, whose read timeout outlasts its 50 s long poll.
        final OkHttpClient http = new TelegramOkHttpClientFactory.DefaultOkHttpClientCreator().get();
        final TelegramBotsLongPollingApplication polling =
                new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> http, () -> poller);

        Running() {
            poller.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
            poller.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
        }

        void forgetBot(String token) {
            try {
                polling.unregisterBot(token);
            } catch (TelegramApiException notRegistered) {
                // Registration failed before the session was kept; nothing to undo.
            }
        }

        /**
         * Stops polling without interrupting a poll in flight, which would only log an error: it gets a moment to end,
         * and if it brings updates, they are not confirmed, so Telegram hands them out again on the next start.
         * Replies under way get a moment to finish too.
         */
        void close() {
            try {
                polling.close();
            } catch (Exception e) {
                log.warn("Telegram polling did not stop cleanly: {}", e.getMessage());
            }
            poller.shutdown();
            workers.shutdown();
            try {
                poller.awaitTermination(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
                if (!workers.awaitTermination(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                    workers.shutdownNow();
                }
            } catch (InterruptedException e) {
                workers.shutdownNow();
                Thread.currentThread().interrupt();
            }
            http.connectionPool().evictAll();
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
}
