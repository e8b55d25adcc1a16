package crashy.chat.discord;

import crashy.chat.ChatSwitch;
import crashy.chat.ChatSwitchCondition;
import crashy.subscription.ChatPlatform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says once, at startup, that Discord is off and why. INFO rather than WARN, as for every chat platform: a farm that
 * chats on one platform only is not degraded, and the demo shows warnings in its terminal.
 */
@Component
@ChatSwitch(value = ChatPlatform.DISCORD, whenOff = true)
final class DiscordOffNotice {
    private static final Logger log = LoggerFactory.getLogger(DiscordOffNotice.class);

    DiscordOffNotice(Environment environment) {
        log.info("Discord is off: {}", ChatSwitchCondition.offReason(ChatPlatform.DISCORD, environment));
    }
}
