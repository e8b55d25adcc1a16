package crashy.command;

import crashy.subscription.ChatUser;
import crashy.subscription.ChatUserId;
import crashy.subscription.SubscriptionException;
import crashy.subscription.SubscriptionService;
import crashy.subscription.Trust;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Every chat command, by name. Refuses duplicate names at startup; turns typed text ({@code /status shot010}) into a
 * request for the platforms without structured options; and keeps the farm from strangers: a caller without access
 * gets one line on how to get it, and nothing else, from every command but the open ones.
 */
@Component
public final class CommandCatalog {
    static final String NO_ACCESS = "🔒 Crashy only talks to the artists of this render farm. Use /link in the school"
            + " Discord server, or ask your farm admin to add you.";

    private final Map<String, ChatCommand> commands = new LinkedHashMap<>();
    private final SubscriptionService subscriptions;

    public CommandCatalog(Collection<ChatCommand> all, SubscriptionService subscriptions) {
        this.subscriptions = subscriptions;
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
    public Optional<CommandRequest> parse(ChatUserId user, String displayName, Trust trust, String text) {
        String line = text.strip();
        if (line.startsWith("/")) {
            line = line.substring(1);
        }
        String[] words = line.split("\\s+", 2);
        String name = words[0].replaceFirst("@.*$", "").toLowerCase(java.util.Locale.ROOT);
        ChatCommand command = commands.get(name);
        if (command == null || words[0].isEmpty()) {
            return Optional.empty();
        }
        List<CommandOption> options = command.spec().options();
        Map<String, String> values = new HashMap<>();
        if (words.length > 1 && !options.isEmpty()) {
            List<String> given = Arrays.asList(words[1].split("\\s+", options.size()));
            for (int i = 0; i < given.size(); i++) {
                values.put(options.get(i).name(), given.get(i));
            }
        }
        return Optional.of(new CommandRequest(user, displayName, trust, name, values));
    }

    /** Answers the request: refuses strangers, explains a missing option, turns a refused request into its reason. */
    public CommandReply handle(CommandRequest request) {
        ChatCommand command = commands.get(request.command());
        if (command == null) {
            return CommandReply.text("Unknown command /" + request.command() + ". Try /help.");
        }
        if (!command.spec().open() && !mayUseFarm(request)) {
            return CommandReply.text(NO_ACCESS);
        }
        for (CommandOption option : command.spec().options()) {
            if (option.required() && request.text(option.name()).isEmpty()) {
                return CommandReply.text("Missing " + option.name() + ". Usage: "
                        + command.spec().usage());
            }
        }
        try {
            return command.handle(request);
        } catch (SubscriptionException | CommandException e) {
            return CommandReply.text(e.getMessage());
        }
    }

    /** Autocomplete suggestions, for callers with access only. */
    public List<Choice> suggest(CommandRequest request, String option, String partial) {
        ChatCommand command = commands.get(request.command());
        if (command == null || !mayUseFarm(request)) {
            return List.of();
        }
        return command.suggest(option, partial, request).stream().limit(25).toList();
    }

    private boolean mayUseFarm(CommandRequest request) {
        ChatUser user = subscriptions.user(request.user(), request.displayName());
        return subscriptions.hasAccess(user, request.trust());
    }
}
