package crashy.message;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A button under a message. Pressing it runs {@code command} as if the user had typed it (e.g.
 * {@code subscribe 64f0c2...}); at most 64 bytes so it fits Telegram's callback data and Discord's custom id.
 */
public record Button(String label, String command) {
    public static final int MAX_COMMAND_BYTES = 64;

    public Button {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(command, "command");
        if (command.getBytes(StandardCharsets.UTF_8).length > MAX_COMMAND_BYTES) {
            throw new IllegalArgumentException("a button command is limited to 64 bytes: " + command);
        }
    }
}
