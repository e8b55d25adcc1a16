package crashy.chat.terminal;

import crashy.command.CommandCatalog;
import crashy.farm.RecordedJobEvent;
import crashy.job.JobErrored;
import crashy.job.JobEvent;
import crashy.message.ChatMessage;
import crashy.notification.NotificationComposer;
import crashy.subscription.ChatPlatform;
import crashy.subscription.ChatUserId;
import crashy.subscription.SubscriptionService;
import crashy.subscription.Trust;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A chat in the terminal: reads commands from standard input and prints replies and job notifications. */
@Component
@ConditionalOnProperty(name = "crashy.terminal.enabled", havingValue = "true")
final class TerminalChat implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(TerminalChat.class);
    static final ChatUserId USER = new ChatUserId(ChatPlatform.TERMINAL, "you");
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());

    private final CommandCatalog catalog;
    private final NotificationComposer composer;
    private final Clock clock;
    private final TerminalConsole console;
    private final SubscriptionService subscriptions;
    private final String linkedUser;
    private final TerminalPictures pictures;
    private volatile Thread reader;

    TerminalChat(
            CommandCatalog catalog,
            NotificationComposer composer,
            Clock clock,
            TerminalConsole console,
            SubscriptionService subscriptions,
            TerminalProperties properties,
            TerminalPictures pictures) {
        this.pictures = pictures;
        this.catalog = catalog;
        this.composer = composer;
        this.clock = clock;
        this.console = console;
        this.subscriptions = subscriptions;
        this.linkedUser = properties.user();
    }

    @Override
    public void start() {
        console.print("Crashy demo: a simulated render farm. Notifications appear below as they would in a DM.");
        linkDemoUser();
        console.print("Type /status, /status <job>, /why <job>, /preview <job>, /help. Ctrl+C quits.");
        reader = new Thread(this::readCommands, "terminal-chat");
        reader.setDaemon(true);
        reader.start();
    }

    /** The demo plays an artist: linked to a Deadline user, so their DMs show up here too. */
    private void linkDemoUser() {
        if (linkedUser.isBlank()) {
            return;
        }
        try {
            subscriptions.link(subscriptions.user(USER, "you"), linkedUser, Trust.ADMIN, false);
            console.print("You are the artist \"" + linkedUser + "\": DMs about their renders appear in boxes."
                    + " /link <name> to be someone else.");
        } catch (RuntimeException e) {
            log.warn("Could not link the demo user to {}: {}", linkedUser, e.getMessage());
        }
    }

    @Override
    public void stop() {
        Thread running = reader;
        reader = null;
        if (running != null) {
            running.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return reader != null;
    }

    @EventListener
    void onJobEvent(RecordedJobEvent recorded) {
        if (!worthTelling(recorded.event())) {
            return;
        }
        ChatMessage message = composer.compose(recorded.event(), clock.instant());
        String detail = message.body().lines().findFirst().orElse("");
        console.print("[" + TIME.format(recorded.detectedAt()) + "] " + message.title()
                + (detail.isEmpty() ? "" : "  " + detail) + "  ("
                + recorded.event().job().user() + ")");
    }

    /** What a DM would say: not progress, not failed tasks on their own, and errors only when they first appear. */
    private static boolean worthTelling(JobEvent event) {
        return switch (event.kind()) {
            case PROGRESSED, TASKS_FAILED -> false;
            case ERRORED -> ((JobErrored) event).previousErrors() == 0;
            default -> true;
        };
    }

    /** Answers one typed line. */
    String answer(String line) {
        if (line.isBlank()) {
            return "";
        }
        return catalog.parse(USER, "you", Trust.ADMIN, line)
                .map(request -> {
                    try {
                        return pictures.text(catalog.handle(request).message(), clock.instant());
                    } catch (RuntimeException e) {
                        log.error("The command {} failed", request.command(), e);
                        return "Sorry, that went wrong on my side. Try again in a moment.";
                    }
                })
                .orElse("Not a command I know. Type /help for the list.");
    }

    private void readCommands() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(console.in(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String reply = answer(line);
                if (!reply.isEmpty()) {
                    console.print(reply);
                }
            }
        } catch (IOException e) {
            log.warn("The terminal closed: {}", e.getMessage());
        }
    }
}
