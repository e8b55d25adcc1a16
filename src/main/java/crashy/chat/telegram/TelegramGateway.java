package crashy.chat.telegram;

import crashy.command.CommandCatalog;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Listens to Telegram while Crashy runs: publishes the command menu, then long-polls for updates and hands each to
 * the {@link TelegramUpdateHandler} off the polling thread. If Telegram cannot be reached at start, it keeps trying
 * with back-off instead of holding up the rest of Crashy.
 */
final class TelegramGateway implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(TelegramGateway.class);
    private static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    private static final Duration MAX_RETRY = Duration.ofMinutes(5);

    private final TelegramProperties properties;
    private final TelegramClient client;
    private final CommandCatalog catalog;
    private final TelegramUpdateHandler handler;
    private @Nullable TelegramPolling polling;

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
        TelegramPolling starting = new TelegramPolling(properties);
        polling = starting;
        connect(starting, FIRST_RETRY);
    }

    @Override
    public synchronized void stop() {
        TelegramPolling stopping = polling;
        polling = null;
        if (stopping != null) {
            stopping.stop();
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return polling != null;
    }

    private synchronized void connect(TelegramPolling run, Duration retry) {
        if (run != polling) {
            return;
        }
        publishMenu();
        try {
            run.start(this::handle);
            log.info("Telegram: listening for commands");
        } catch (TelegramApiException e) {
            log.warn(
                    "Telegram cannot be reached ({}); trying again in {}s",
                    TelegramFailures.describe(e),
                    retry.toSeconds());
            Duration next = retry.multipliedBy(2).compareTo(MAX_RETRY) > 0 ? MAX_RETRY : retry.multipliedBy(2);
            run.later(() -> connect(run, next), retry);
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

    private void handle(Update update) {
        try {
            handler.handle(update);
        } catch (RuntimeException e) {
            log.error("A Telegram update could not be handled (update {})", update.getUpdateId(), e);
        }
    }
}
