package crashy.command;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One invocation of a command: who asked ({@code user}, as the platform names them) and the options they gave.
 */
public record CommandRequest(String user, String command, Map<String, String> options) {
    public CommandRequest {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(command, "command");
        options = Map.copyOf(options);
    }

    /** The option's text, if given and not blank. */
    public Optional<String> text(String option) {
        return Optional.ofNullable(options.get(option)).map(String::strip).filter(text -> !text.isEmpty());
    }
}
