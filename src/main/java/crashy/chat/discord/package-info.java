/**
 * Crashy on Discord, through JDA. {@code DiscordMessages} draws a message as an embed with buttons, and
 * {@code DiscordMarkdown} keeps every piece of text literal. Start at {@code DiscordMessages}.
 */
@NullMarked
package crashy.chat.discord;

import org.jspecify.annotations.NullMarked;
