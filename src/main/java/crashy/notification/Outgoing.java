package crashy.notification;

import crashy.message.ChatMessage;
import java.util.Objects;
import java.util.Optional;

/**
 * A message ready for a platform: its text, and the picture it named drawn as an attachment. When the picture could
 * not be drawn the message says why instead, and goes out without one.
 */
public record Outgoing(ChatMessage message, Optional<Attachment> attachment) {
    public Outgoing {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(attachment, "attachment");
    }

    public static Outgoing textOnly(ChatMessage message) {
        return new Outgoing(message.withoutPicture(), Optional.empty());
    }
}
