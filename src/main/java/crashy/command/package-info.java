/**
 * Chat commands, each one small platform-neutral class ({@link crashy.command.ChatCommand}) that speaks only
 * Crashy's records; the chat gateways (terminal, Discord, Telegram) turn their platform's input into a
 * {@link crashy.command.CommandRequest} and show the {@link crashy.command.CommandReply}. Start at
 * {@code CommandCatalog}.
 */
@NullMarked
package crashy.command;

import org.jspecify.annotations.NullMarked;
