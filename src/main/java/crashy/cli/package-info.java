/**
 * The command line of the one jar: runs the bot (or the demo when nothing is configured), prints a one-shot farm
 * status, or serves a simulated farm; and turns any startup failure into one line naming the setting to fix. Start
 * at {@link crashy.cli.CommandLine}.
 */
@NullMarked
package crashy.cli;

import org.jspecify.annotations.NullMarked;
