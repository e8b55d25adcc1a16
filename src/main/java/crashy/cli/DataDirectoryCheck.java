package crashy.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Checks before anything opens the database that the data directory exists or can be made, and can be written, so a
 * wrong {@code CRASHY_DATA_DIR} is one clear line rather than a database stack trace.
 */
final class DataDirectoryCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {
    static final String PROPERTY = "crashy.data-dir";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        String configured = event.getEnvironment().getProperty(PROPERTY, "./data");
        String datasource = event.getEnvironment().getProperty("spring.datasource.url", "");
        if (datasource.startsWith("jdbc:h2:mem:")) {
            return;
        }
        check(configured);
    }

    static void check(String configured) {
        if (configured.isBlank()) {
            throw new InvalidSettingException(PROPERTY, "is empty; give a directory Crashy may write to");
        }
        Path directory;
        try {
            directory = Path.of(configured);
            Files.createDirectories(directory);
        } catch (IOException | RuntimeException e) {
            throw new InvalidSettingException(PROPERTY, "cannot create the directory " + configured + " (" + e + ")");
        }
        if (!Files.isDirectory(directory) || !Files.isWritable(directory)) {
            throw new InvalidSettingException(PROPERTY, configured + " is not a directory Crashy may write to");
        }
    }

    @Override
    public int getOrder() {
        // After logging is set up, so Spring's own failure report is silenced as configured.
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }
}
