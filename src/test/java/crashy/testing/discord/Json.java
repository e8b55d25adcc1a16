package crashy.testing.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The fake's JSON: Jackson trees, so the fake shares no code with the client it fakes. */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    static ArrayNode arrayOf(List<? extends JsonNode> items) {
        ArrayNode array = array();
        items.forEach(array::add);
        return array;
    }

    /** The parsed bytes, or a missing node when they are not JSON. */
    static JsonNode parse(byte[] bytes) {
        if (bytes.length == 0) {
            return MissingNode.getInstance();
        }
        try {
            return MAPPER.readTree(bytes);
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The elements of an array node (none for anything else), as deep copies. */
    static List<JsonNode> elements(JsonNode node) {
        List<JsonNode> elements = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(element -> elements.add(element.deepCopy()));
        }
        return elements;
    }

    /** Deep copies of the nodes, so no caller shares a mutable tree with the fake. */
    static List<JsonNode> copies(List<JsonNode> nodes) {
        List<JsonNode> copies = new ArrayList<>();
        nodes.forEach(node -> copies.add(node.deepCopy()));
        return List.copyOf(copies);
    }

    static JsonNode copy(JsonNode node) {
        return node.deepCopy();
    }

    /** The texts of an array node's elements (none for anything else). */
    static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(element -> texts.add(element.asText()));
        }
        return texts;
    }
}
