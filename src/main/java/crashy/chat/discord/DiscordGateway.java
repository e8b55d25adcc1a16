package crashy.chat.discord;

import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Crashy's connection to Discord, from Spring's start to its stop: logs the bot in with JDA at the configured REST and
 * gateway addresses and hands every event to {@link DiscordInteractions}. A refused token stops Crashy with one
 * line; a Discord that cannot be reached is tried again with back-off while the rest of Crashy runs. Starts before
 * the deliveries of the outbox and stops after them, so DMs never find it gone.
 */
final class DiscordGateway implements SmartLifecycle {
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 1;
    static final Duration FIRST_RETRY = Duration.ofSeconds(5);
    private static final Duration MAX_RETRY = Duration.ofMinutes(5);
    private static final Duration STOP_GRACE = Duration.ofSeconds(3);
    private static final Logger log = LoggerFactory.getLogger(DiscordGateway.class);

    private final DiscordProperties properties;
    private final DiscordInteractions interactions;
    private final Duration firstRetry;
    private @Nullable ScheduledExecutorService retries;
    private volatile @Nullable JDA jda;

    DiscordGateway(DiscordProperties properties, DiscordInteractions interactions, Duration firstRetry) {
        this.properties = properties;
        this.interactions = interactions;
        this.firstRetry = firstRetry;
    }

    @Override
    public synchronized void start() {
        // Nothing Crashy sends may ping anyone, whatever a message builder forgets (docs/chat-fakes.md §3.1).
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        MessageRequest.setDefaultMentionRepliedUser(false);
        if (properties.guilds().isEmpty()) {
            log.warn("CRASHY_DISCORD_GUILDS is empty: nobody on Discord has access unless linked already");
        }
        retries = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "discord-login");
            thread.setDaemon(true);
            return thread;
        });
        try {
            login();
        } catch (InvalidTokenException e) {
            stop();
            throw new DiscordTokenRefusedException();
        } catch (RuntimeException e) {
            retryLater(e, firstRetry);
        }
    }

    @Override
    public synchronized void stop() {
        if (retries != null) {
            retries.shutdownNow();
            retries = null;
        }
        interactions.close();
        JDA running = jda;
        jda = null;
        if (running != null) {
            shutdown(running);
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return retries != null;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /** The logged-in client; throws while Discord is not connected. */
    JDA jda() {
        JDA connected = jda;
        if (connected == null) {
            throw new IllegalStateException("Discord is not connected");
        }
        return connected;
    }

    private void login() {
        String gateway = properties.gatewayUrl().toString();
        JDA connected = JDABuilder.createLight(properties.requiredToken(), EnumSet.noneOf(GatewayIntent.class))
                .setRestConfig(new RestConfig().setBaseUrl(properties.apiUrl().toString()))
                .setSessionController(new ConcurrentSessionController() {
                    @Override
                    public String getGateway() {
                        return gateway;
                    }
                })
                .setEnableShutdownHook(false)
                .addEventListeners(interactions)
                .build();
        jda = connected;
        log.info("Discord is on: logged in as {}", connected.getSelfUser().getName());
    }

    private synchronized void tryAgain(Duration waited) {
        if (retries == null) {
            return;
        }
        try {
            login();
        } catch (InvalidTokenException e) {
            log.error("{}; Discord stays off until Crashy restarts", DiscordTokenRefusedException.EXPLANATION);
        } catch (RuntimeException e) {
            Duration next = waited.multipliedBy(2);
            retryLater(e, next.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : next);
        }
    }

    private void retryLater(RuntimeException failure, Duration wait) {
        log.warn("Discord cannot be reached ({}); trying again in {}s", failure.getMessage(), wait.toSeconds());
        if (retries != null) {
            retries.schedule(() -> tryAgain(wait), wait.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Lets JDA finish what it is sending; if that stalls, stops it at once (the outbox sends again what was cut). */
    private static void shutdown(JDA running) {
        running.shutdown();
        try {
            if (!running.awaitShutdown(STOP_GRACE)) {
                running.shutdownNow();
                if (!running.awaitShutdown(STOP_GRACE)) {
                    log.warn(
                            "Discord did not disconnect within {}s",
                            STOP_GRACE.multipliedBy(2).toSeconds());
                }
            }
        } catch (InterruptedException e) {
            running.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
