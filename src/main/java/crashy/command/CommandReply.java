package crashy.command;

import java.util.Objects;

/** What a command answers: text of at most 2,000 characters, which fits a Discord and a Telegram message. */
public record CommandReply(String text) {
    public static final int MAX_LENGTH = 2000;

    public CommandReply {
        Objects.requireNonNull(text, "text");
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH - 1) + "…";
        }
    }
}
