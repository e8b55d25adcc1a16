/**
 * Crashy on Telegram: the bot's DMs ({@link crashy.chat.telegram.TelegramChatSender}), the long-polling gateway that
 * turns what artists type or press into commands ({@link crashy.chat.telegram.TelegramGateway}), and the rendering of
 * a message as Telegram HTML ({@link crashy.chat.telegram.TelegramMessages}). Everything here exists only when
 * {@code CRASHY_TELEGRAM_TOKEN} is set; start at {@link crashy.chat.telegram.TelegramConfiguration}.
 */
@NullMarked
package crashy.chat.telegram;

import org.jspecify.annotations.NullMarked;
