package crashy.cli;

import crashy.CrashyApplication;
import org.springframework.boot.SpringApplication;

/** Starts the bot with Spring; a failure to start becomes one line on standard error and exit code 1. */
final class BotLauncher {
    private BotLauncher() {}

    static int launch(String[] args) {
        SpringApplication application = new SpringApplication(CrashyApplication.class);
        application.addListeners(new DemoMode(), new DataDirectoryCheck());
        try {
            application.run(args);
            return CommandLine.STARTED;
        } catch (RuntimeException e) {
            System.err.println(StartupFailures.explain(e));
            return 1;
        }
    }
}
