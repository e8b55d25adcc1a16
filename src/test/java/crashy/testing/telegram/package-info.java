/**
 * A fake Telegram Bot API on the loopback interface, for end-to-end tests that run the real telegrambots library (or
 * any HTTP client) against it. Start reading at {@link crashy.testing.telegram.FakeTelegram}; the other public types
 * are what its methods take and return. Every request is checked against the Bot API description in
 * {@code src/test/resources/telegram/bot-api.json} by {@code BotApiSpec}.
 */
@NullMarked
package crashy.testing.telegram;

import org.jspecify.annotations.NullMarked;
