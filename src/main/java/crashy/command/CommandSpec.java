package crashy.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How a command presents itself on every platform: a name valid on both Discord and Telegram, a description of at
 * most 100 characters, its text options in order, and whether people without access may use it ({@code open}).
 */
public record CommandSpec(String name, String description, List<CommandOption> options, boolean open) {
    private static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,32}");

    public CommandSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("command name must match [a-z0-9_]{1,32}: " + name);
        }
        if (description.isBlank() || description.length() > 100) {
            throw new IllegalArgumentException("command description must have 1 to 100 characters: " + name);
        }
        options = List.copyOf(options);
    }

    public static CommandSpec named(String name, String description) {
        return new CommandSpec(name, description, List.of(), false);
    }

    /** The same command, usable by anyone, even a stranger: for help and linking. */
    public CommandSpec openToAll() {
        return new CommandSpec(name, description, options, true);
    }

    public CommandSpec withOptionalText(String option, String description) {
        return with(new CommandOption(option, description, false));
    }

    public CommandSpec withRequiredText(String option, String description) {
        return with(new CommandOption(option, description, true));
    }

    /** How to type it: {@code /status [job]}. */
    public String usage() {
        StringBuilder usage = new StringBuilder("/").append(name);
        options.forEach(option -> usage.append(option.required() ? " <" : " [")
                .append(option.name())
                .append(option.required() ? ">" : "]"));
        return usage.toString();
    }

    private CommandSpec with(CommandOption option) {
        List<CommandOption> more = new ArrayList<>(options);
        more.add(option);
        return new CommandSpec(name, description, more, open);
    }
}
