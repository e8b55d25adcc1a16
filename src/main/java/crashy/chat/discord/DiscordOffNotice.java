package crashy.chat.discord;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Says once, at startup, that Discord is off and why: an optional integration without its key (STYLE.md §4). */
@Component
@Conditional(DiscordSwitch.Off.class)
final class DiscordOffNotice {
    private static final Logger log = LoggerFactory.getLogger(DiscordOffNotice.class);

    DiscordOffNotice(Environment environment) {
        log.warn("Discord is off: {}", DiscordSwitch.offReason(environment));
    }
}
