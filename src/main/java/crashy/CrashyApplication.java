package crashy;

import crashy.cli.CommandLine;
import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** Crashy: a chat bot that watches a Deadline render farm. {@code main} dispatches the command line. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CrashyApplication {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    public static void main(String[] args) {
        int exitCode = CommandLine.run(args);
        if (exitCode != CommandLine.STARTED) {
            System.exit(exitCode);
        }
    }
}
