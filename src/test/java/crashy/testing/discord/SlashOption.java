package crashy.testing.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Objects;

/** An option value a person filled in for a slash command: Discord's option type and the value it sends. */
public record SlashOption(String name, int type, JsonNode value) {
    static final int STRING = 3;
    static final int INTEGER = 4;
    static final int BOOLEAN = 5;
    static final int USER = 6;
    static final int NUMBER = 10;

    public SlashOption {
        Objects.requireNonNull(name);
        value = value.deepCopy();
    }

    @Override
    public JsonNode value() {
        return value.deepCopy();
    }

    public static SlashOption string(String name, String value) {
        return new SlashOption(name, STRING, TextNode.valueOf(value));
    }

    public static SlashOption integer(String name, long value) {
        return new SlashOption(name, INTEGER, LongNode.valueOf(value));
    }

    public static SlashOption bool(String name, boolean value) {
        return new SlashOption(name, BOOLEAN, BooleanNode.valueOf(value));
    }

    public static SlashOption number(String name, double value) {
        return new SlashOption(name, NUMBER, DoubleNode.valueOf(value));
    }

    /** A user option; the fake adds the user (and in the guild, the member) to the interaction's resolved data. */
    public static SlashOption user(String name, FakeUser user) {
        return new SlashOption(name, USER, TextNode.valueOf(user.id()));
    }
}
