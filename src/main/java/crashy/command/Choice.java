package crashy.command;

import java.util.Objects;

/** An autocomplete suggestion: what the user sees, and the value the option gets. */
public record Choice(String label, String value) {
    public Choice {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        label = label.length() > 100 ? label.substring(0, 99) + "…" : label;
    }
}
