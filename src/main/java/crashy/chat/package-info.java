/**
 * The chat platforms Crashy talks on, one subpackage each ({@code discord}, {@code telegram}, the demo's
 * {@code terminal}); here only {@link crashy.chat.ChatSwitch}, which puts a platform's beans in by its token. Nothing outside
 * this package depends on it.
 */
@NullMarked
package crashy.chat;

import org.jspecify.annotations.NullMarked;
