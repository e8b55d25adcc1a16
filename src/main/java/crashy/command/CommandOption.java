package crashy.command;

import java.util.Objects;

/** One argument of a command: its name, what it is for, and whether it may be left out. */
public record CommandOption(String name, String description, boolean required) {
    public CommandOption {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
    }
}
