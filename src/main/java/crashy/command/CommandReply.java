package crashy.command;

import crashy.message.ChatMessage;
import java.util.Objects;

/**
 * What a command answers. Replies in a shared channel are seen only by the caller unless {@code shared} says
 * otherwise.
 */
public record CommandReply(ChatMessage message, boolean shared) {
    public CommandReply {
        Objects.requireNonNull(message, "message");
    }

    public static CommandReply of(ChatMessage message) {
        return new CommandReply(message, false);
    }

    public static CommandReply text(String text) {
        return new CommandReply(ChatMessage.text(text), false);
    }

    /** The reply as plain text, for the terminal and tests. */
    public String plainText(java.time.Instant now) {
        return message.plainText(now);
    }
}
