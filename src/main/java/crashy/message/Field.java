package crashy.message;

import java.util.Objects;

/** A labelled value in a message, such as {@code Progress: ▓▓▓░░ 30%}; plain text. */
public record Field(String name, String value) {
    public Field {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
