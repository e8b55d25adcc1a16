package crashy.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * What one logger (and the loggers below it) logs at INFO and above while open, whatever the test's logging
 * configuration says; the logger's level is restored on close.
 */
public final class CapturedLog implements AutoCloseable {
    private final Logger logger;
    private final Level previousLevel;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private CapturedLog(String loggerName) {
        logger = (Logger) LoggerFactory.getLogger(loggerName);
        previousLevel = logger.getLevel();
        logger.setLevel(Level.INFO);
        appender.start();
        logger.addAppender(appender);
    }

    /** Captures the logger of this class or package, e.g. {@code crashy.chat.telegram}. */
    public static CapturedLog of(String loggerName) {
        return new CapturedLog(loggerName);
    }

    /** Each event as {@code LEVEL message}, with its exception's class and message appended when it has one. */
    public List<String> lines() {
        synchronized (appender.list) {
            return appender.list.stream().map(CapturedLog::line).toList();
        }
    }

    public List<String> lines(String level) {
        return lines().stream().filter(line -> line.startsWith(level + " ")).toList();
    }

    private static String line(ILoggingEvent event) {
        String thrown = event.getThrowableProxy() == null
                ? ""
                : " " + event.getThrowableProxy().getClassName() + ": "
                        + event.getThrowableProxy().getMessage();
        return event.getLevel() + " " + event.getFormattedMessage() + thrown;
    }

    @Override
    public void close() {
        logger.detachAppender(appender);
        logger.setLevel(previousLevel);
    }
}
