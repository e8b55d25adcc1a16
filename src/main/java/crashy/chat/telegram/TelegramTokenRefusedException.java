package crashy.chat.telegram;

/**
 * Telegram refused the bot token at startup. It carries no cause, so that the startup report's root cause is this
 * one line naming the setting to fix.
 */
final class TelegramTokenRefusedException extends RuntimeException {
    TelegramTokenRefusedException(int status, String description) {
        super("CRASHY_TELEGRAM_TOKEN was refused by Telegram (" + status + " " + description
                + "): set it to the token @BotFather gave the bot");
    }
}
