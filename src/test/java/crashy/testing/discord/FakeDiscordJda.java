package crashy.testing.discord;

import ch.qos.logback.classic.spi.ILoggingEvent;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the real JDA against a {@link FakeDiscord}: REST through {@code RestConfig#setBaseUrl}, the gateway through
 * a session controller (docs/chat-fakes.md §1.1). Everything else, compression included, stays JDA's default.
 */
public final class FakeDiscordJda {
    public static final String TOKEN = "fake-token";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(FakeDiscordJda.class);

    private FakeDiscordJda() {}

    /** {@code JDABuilder.createLight} with guild and DM message intents, pointed at the fake. */
    public static JDABuilder light(FakeDiscord discord) {
        return pointAt(
                JDABuilder.createLight(TOKEN, GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES), discord);
    }

    public static JDABuilder pointAt(JDABuilder builder, FakeDiscord discord) {
        String gateway = discord.gatewayUrl();
        return builder.setRestConfig(new RestConfig().setBaseUrl(discord.restBaseUrl()))
                .setSessionController(new ConcurrentSessionController() {
                    @Override
                    public String getGateway() {
                        return gateway;
                    }
                });
    }

    /** Builds JDA and waits for READY, failing fast if JDA logs a warning (a fixture it could not parse). */
    public static JDA awaitReady(JDABuilder builder, JdaLogGuard log) {
        CompletableFuture<ReadyEvent> ready = new CompletableFuture<>();
        JDA jda = builder.addEventListeners((EventListener) event -> {
                    if (event instanceof ReadyEvent readyEvent) {
                        ready.complete(readyEvent);
                    }
                })
                .build();
        try {
            Object first =
                    CompletableFuture.anyOf(ready, log.problem()).get(READY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (first instanceof ILoggingEvent problem) {
                shutdown(jda);
                throw new AssertionError("JDA did not get ready: " + JdaLogGuard.describe(problem));
            }
            return jda;
        } catch (TimeoutException | ExecutionException e) {
            shutdown(jda);
            throw new AssertionError("JDA was not ready within " + READY_TIMEOUT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            shutdown(jda);
            throw new AssertionError("Interrupted while JDA was logging in", e);
        }
    }

    /**
     * Shuts JDA down after its queued requests, so none is cut off half-way (JDA would log that as an error). Should
     * the graceful way stall (seen about once in forty full test runs: JDA waits for its gateway connection to close,
     * and that close has twice never come, cause unknown), it forces JDA down; should even that not finish, it logs
     * every thread's stack and leaves the rest to the caller closing the fake, which drops the connection as Discord
     * would. The bot's own {@code DiscordGateway} gives up the same way.
     */
    public static void shutdown(JDA jda) {
        jda.shutdown();
        try {
            if (jda.awaitShutdown(SHUTDOWN_TIMEOUT)) {
                return;
            }
            LOG.warn("JDA did not shut down within {} (status {}); forcing it", SHUTDOWN_TIMEOUT, jda.getStatus());
            jda.shutdownNow();
            if (!jda.awaitShutdown(SHUTDOWN_TIMEOUT)) {
                LOG.warn(
                        "JDA did not shut down even when forced (status {}); the fake's close drops it. Threads:{}",
                        jda.getStatus(),
                        threadDump());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Every thread's stack, for finding out what holds a shutdown up. */
    private static String threadDump() {
        StringBuilder dump = new StringBuilder();
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            dump.append("\n\"").append(thread.getName()).append("\" ").append(thread.getState());
            for (StackTraceElement frame : stack) {
                dump.append("\n    at ").append(frame);
            }
        });
        return dump.toString();
    }
}
