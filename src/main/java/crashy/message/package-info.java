/**
 * The platform-neutral shape of everything Crashy says: a {@link crashy.message.ChatMessage} with a tone (the colour
 * of a Discord embed), a title, plain-text body, fields and buttons. Text is always plain: each chat adapter escapes
 * it for its platform, so nothing from the farm or a user can ever become markup or a mention. Start at
 * {@code ChatMessage}.
 */
@NullMarked
package crashy.message;

import org.jspecify.annotations.NullMarked;
