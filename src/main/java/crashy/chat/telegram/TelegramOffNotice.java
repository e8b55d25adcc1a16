package crashy.chat.telegram;

import crashy.chat.ChatSwitch;
import crashy.chat.ChatSwitchCondition;
import crashy.subscription.ChatPlatform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says once, at startup, that Telegram is off and why. INFO rather than WARN, as for every chat platform: a farm that
 * chats on one platform only is not degraded, and the demo shows warnings in its terminal.
 */
@Component
@ChatSwitch(value = ChatPlatform.TELEGRAM, whenOff = true)
final class TelegramOffNotice {
    private static final Logger log = LoggerFactory.getLogger(TelegramOffNotice.class);

    TelegramOffNotice(Environment environment) {
        log.info("Telegram is off: {}", ChatSwitchCondition.offReason(ChatPlatform.TELEGRAM, environment));
    }
}
