package crashy.testing.discord;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Fails a test on any WARN or ERROR that JDA logs. JDA only logs what it cannot parse, and a guild it could not
 * parse stays unavailable: {@code awaitReady()} then hangs for 75 s and its interactions vanish (docs/chat-fakes.md
 * §5 pitfall 1). {@link #problem()} completes on the first such line, so a wait can stop at once.
 *
 * <pre>{@code @RegisterExtension final JdaLogGuard jdaLog = new JdaLogGuard();}</pre>
 */
public final class JdaLogGuard implements BeforeEachCallback, AfterEachCallback {
    /** The logger that warns about a second 429 on a route; rate limit tests allow it. */
    public static final String REST_RATE_LIMITER = "net.dv8tion.jda.api.requests.RestRateLimiter";

    private static final String JDA = "net.dv8tion.jda";

    private final Set<String> allowed = ConcurrentHashMap.newKeySet();
    private final List<ILoggingEvent> problems = new CopyOnWriteArrayList<>();
    private volatile CompletableFuture<ILoggingEvent> problem = new CompletableFuture<>();
    private final AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent event) {
            if (event.getLevel().isGreaterOrEqual(Level.WARN) && !allowed.contains(event.getLoggerName())) {
                problems.add(event);
                problem.complete(event);
            }
        }
    };

    /** Lets this logger (and only it) warn for the rest of the current test. */
    public void allow(String loggerName) {
        allowed.add(loggerName);
    }

    /** Completes with the first WARN or ERROR from JDA in the current test. */
    public CompletableFuture<ILoggingEvent> problem() {
        return problem;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        allowed.clear();
        problems.clear();
        problem = new CompletableFuture<>();
        appender.setContext(jdaLogger().getLoggerContext());
        appender.start();
        jdaLogger().addAppender(appender);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        jdaLogger().detachAppender(appender);
        appender.stop();
        if (!problems.isEmpty()) {
            throw new AssertionError(
                    "JDA logged " + problems.size() + " warning(s) or error(s), first: " + describe(problems.get(0)));
        }
    }

    static String describe(ILoggingEvent event) {
        return event.getLevel() + " " + event.getLoggerName() + " - " + event.getFormattedMessage()
                + (event.getThrowableProxy() == null
                        ? ""
                        : " (" + event.getThrowableProxy().getMessage() + ")");
    }

    private static Logger jdaLogger() {
        return (Logger) LoggerFactory.getLogger(JDA);
    }
}
