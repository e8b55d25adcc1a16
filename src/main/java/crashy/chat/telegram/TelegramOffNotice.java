package crashy.chat.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says once, at startup, that Telegram is off and why. INFO rather than WARN: a farm that chats on Discord only is
 * not degraded, and the demo shows warnings in its terminal.
 */
@Component
@Conditional(TelegramSwitch.Off.class)
final class TelegramOffNotice {
    private static final Logger log = LoggerFactory.getLogger(TelegramOffNotice.class);

    TelegramOffNotice(Environment environment) {
        log.info("Telegram is off: {}", TelegramSwitch.offReason(environment));
    }
}
