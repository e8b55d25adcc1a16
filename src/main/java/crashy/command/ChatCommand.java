package crashy.command;

import java.util.List;

/** A chat command: how it presents itself, how it answers a request, and what it suggests while one types. */
public interface ChatCommand {
    CommandSpec spec();

    CommandReply handle(CommandRequest request);

    /** Suggestions for an option while the user types {@code partial}; none by default. */
    default List<Choice> suggest(String option, String partial, CommandRequest request) {
        return List.of();
    }
}
