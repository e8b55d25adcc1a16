package crashy.command;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Every chat command, by name. Refuses duplicate names at startup, and turns typed text ({@code /status shot010})
 * into a request for the platforms that have no structured options (the terminal and Telegram).
 */
@Component
public final class CommandCatalog {
    private final Map<String, ChatCommand> commands = new LinkedHashMap<>();

    public CommandCatalog(Collection<ChatCommand> all) {
        all.stream()
                .sorted((a, b) -> a.spec().name().compareTo(b.spec().name()))
                .forEach(command -> {
                    if (commands.putIfAbsent(command.spec().name(), command) != null) {
                        throw new IllegalStateException(
                                "two chat commands are named " + command.spec().name());
                    }
                });
    }

    public List<CommandSpec> specs() {
        return commands.values().stream().map(ChatCommand::spec).toList();
    }

    public Optional<ChatCommand> find(String name) {
        return Optional.ofNullable(commands.get(name));
    }

    /**
     * Parses {@code /name arg1 arg2...}: the options are filled in order, and the last one takes the rest of the
     * line, so a job name may contain spaces. Empty when the text is not a known command.
     */
    public Optional<CommandRequest> parse(String user, String text) {
        String line = text.strip();
        if (!line.startsWith("/")) {
            return Optional.empty();
        }
        String[] words = line.substring(1).split("\\s+", 2);
        String name = words[0].replaceFirst("@.*$", "");
        ChatCommand command = commands.get(name);
        if (command == null) {
            return Optional.empty();
        }
        List<CommandOption> options = command.spec().options();
        Map<String, String> values = new HashMap<>();
        if (words.length > 1 && !options.isEmpty()) {
            String[] args = words[1].split("\\s+", options.size());
            List<String> given = new ArrayList<>(Arrays.asList(args));
            for (int i = 0; i < given.size(); i++) {
                values.put(options.get(i).name(), given.get(i));
            }
        }
        return Optional.of(new CommandRequest(user, name, values));
    }

    /** Answers the request, or explains the usage when a required option is missing. */
    public CommandReply handle(CommandRequest request) {
        ChatCommand command = commands.get(request.command());
        if (command == null) {
            return new CommandReply("Unknown command /" + request.command() + ". Try /help.");
        }
        for (CommandOption option : command.spec().options()) {
            if (option.required() && request.text(option.name()).isEmpty()) {
                return new CommandReply("Missing " + option.name() + ". Usage: "
                        + command.spec().usage());
            }
        }
        return command.handle(request);
    }
}
