/**
 * The demo's chat: commands typed in the terminal, and every job event printed as the message a chat would send.
 * Start at {@link crashy.chat.terminal.TerminalChat}.
 */
@NullMarked
package crashy.chat.terminal;

import org.jspecify.annotations.NullMarked;
