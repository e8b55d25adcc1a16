package crashy.cli;

import crashy.simulator.DemoFarm;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With no Deadline URL and no chat token anywhere in the configuration, starts a simulated farm in this process and
 * sets Crashy up to watch it with the terminal chat and a throwaway database: the demo. A chat token without a
 * Deadline URL is a configuration mistake, not a demo.
 */
final class DemoMode implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {
    private static final Logger log = LoggerFactory.getLogger(DemoMode.class);
    private static final String[] CHAT_TOKENS = {"crashy.discord.token", "crashy.telegram.token"};

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        if (isSet(environment, "crashy.deadline.url")) {
            return;
        }
        for (String token : CHAT_TOKENS) {
            if (isSet(environment, token)) {
                throw new InvalidSettingException(
                        "crashy.deadline.url",
                        "is not set; Crashy needs the Deadline Web Service URL to watch the farm (e.g."
                                + " http://deadline-server:8081)");
            }
        }
        DemoFarm farm = DemoFarm.start();
        log.info("No farm configured: running the demo on a simulated farm at {}", farm.url());
        Map<String, Object> demo = new HashMap<>();
        demo.put("crashy.deadline.url", farm.url());
        demo.put("crashy.terminal.enabled", "true");
        demo.put("crashy.preview.roots", farm.frames().toString());
        // The artist whose render crashes in the demo, so a newcomer sees a failure DM with its crash summary.
        demo.put("crashy.terminal.user", "emma");
        demo.put("spring.datasource.url", "jdbc:h2:mem:crashy-demo;DB_CLOSE_DELAY=-1");
        demo.put("logging.level.crashy", "WARN");
        environment.getPropertySources().addFirst(new MapPropertySource("crashyDemo", demo));
    }

    private static boolean isSet(ConfigurableEnvironment environment, String property) {
        String value = environment.getProperty(property);
        return value != null && !value.isBlank();
    }

    @Override
    public int getOrder() {
        // After the configuration files are read, before logging is set up from them.
        return LoggingApplicationListener.DEFAULT_ORDER - 1;
    }
}
