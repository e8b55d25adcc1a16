package crashy.testing.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of one Bot API call. A JSON body keeps its JSON types; a form (multipart, URL-encoded or query
 * string) has only strings, so {@code form} tells readers to parse them, and its files are in {@code uploads} by part
 * name.
 */
record Parameters(ObjectNode fields, boolean form, Map<String, Upload> uploads) {
    private static final ObjectMapper JSON = new ObjectMapper();

    Parameters {
        fields = fields.deepCopy();
        uploads = Map.copyOf(uploads);
    }

    @Override
    public ObjectNode fields() {
        return fields.deepCopy();
    }

    boolean has(String name) {
        return fields.hasNonNull(name);
    }

    /** The value as text: a JSON string, number or boolean as written; empty when absent. */
    Optional<String> text(String name) {
        JsonNode value = fields.get(name);
        return value == null || value.isNull() || value.isContainerNode()
                ? Optional.empty()
                : Optional.of(value.asText());
    }

    Optional<Long> number(String name) {
        return text(name).filter(text -> text.matches("-?\\d+")).map(Long::valueOf);
    }

    boolean flag(String name) {
        return text(name).map(Boolean::parseBoolean).orElse(false);
    }

    /** An object or array parameter, parsed from its JSON text when the call was a form. */
    Optional<JsonNode> json(String name) {
        JsonNode value = fields.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return Optional.of(value.isTextual() && form ? parse(value.asText()) : value);
    }

    /** The file an {@code InputFile} parameter uploads: {@code attach://name} or a part named like the parameter. */
    Optional<Upload> upload(String name) {
        Optional<Upload> attached = text(name)
                .filter(value -> value.startsWith("attach://"))
                .map(value -> uploads.get(value.substring("attach://".length())));
        return attached.or(() -> Optional.ofNullable(uploads.get(name)));
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
