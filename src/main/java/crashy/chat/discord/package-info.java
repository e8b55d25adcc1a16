/**
 * Crashy on Discord, through JDA, when {@code CRASHY_DISCORD_TOKEN} is set ({@code DiscordConfiguration}).
 * {@code DiscordGateway} logs the bot in for as long as Crashy runs; {@code DiscordInteractions} registers every
 * command of the catalog as a slash command and answers slash commands, buttons and autocomplete, with the trust a
 * configured guild vouches for ({@code DiscordCommands}); {@code DiscordChatSender} sends and edits the outbox's DMs;
 * {@code DiscordMessages} draws a message as an embed with buttons, every piece of text kept literal. Start at
 * {@code DiscordConfiguration}.
 */
@NullMarked
package crashy.chat.discord;

import org.jspecify.annotations.NullMarked;
