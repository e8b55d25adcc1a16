package crashy.command;

import crashy.subscription.ChatUserId;
import crashy.subscription.Trust;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One invocation of a command: who asked (as the platform identifies them, with what the platform vouches for) and
 * the options they gave.
 */
public record CommandRequest(
        ChatUserId user, String displayName, Trust trust, String command, Map<String, String> options) {
    public CommandRequest {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(trust, "trust");
        Objects.requireNonNull(command, "command");
        options = Map.copyOf(options);
    }

    /** The option's text, if given and not blank. */
    public Optional<String> text(String option) {
        return Optional.ofNullable(options.get(option)).map(String::strip).filter(text -> !text.isEmpty());
    }
}
