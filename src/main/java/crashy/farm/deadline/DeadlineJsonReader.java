package crashy.farm.deadline;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads the Web Service's answers as a stream, one array element at a time, so that the JSON of ten thousand jobs never
 * sits in memory as a whole: only the mapped results stay. Every answer that is not what it should be ends in a
 * {@link com.fasterxml.jackson.core.JsonProcessingException}.
 */
final class DeadlineJsonReader {
    private final ObjectMapper mapper = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .build();

    /** A JSON array of objects, each mapped as soon as it is read. */
    <J, T> List<T> list(InputStream body, Class<J> type, Function<J, T> map) throws IOException {
        try (JsonParser parser = mapper.createParser(body)) {
            expect(parser, parser.nextToken(), JsonToken.START_ARRAY, "an array");
            return elements(parser, mapper.readerFor(type), map);
        }
    }

    /**
     * Like {@link #list}, but a plain-text message or a JSON string instead of the array means "none": the documented
     * answer of the report endpoints when a job has no reports.
     */
    <J, T> List<T> listOrNone(InputStream body, Class<J> type, Function<J, T> map) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(body);
        int first = firstSignificantByte(buffered);
        return first == '[' || first == '{' ? list(buffered, type, map) : List.of();
    }

    /**
     * An array of ids or names; elements that are objects (a server ignoring {@code IdOnly}) give their {@code field},
     * or, with a null field, make the answer a parse failure: where ids were asked for to save bytes, full objects
     * mean the server ignored the request and the caller must fall back.
     */
    List<String> strings(InputStream body, @Nullable String field) throws IOException {
        try (JsonParser parser = mapper.createParser(body)) {
            expect(parser, parser.nextToken(), JsonToken.START_ARRAY, "an array");
            List<String> strings = new ArrayList<>();
            for (JsonToken token = next(parser); token != JsonToken.END_ARRAY; token = next(parser)) {
                if (token == JsonToken.START_OBJECT && field == null) {
                    throw JsonMappingException.from(parser, "objects where only ids were asked for");
                }
                String value = token == JsonToken.START_OBJECT ? fieldOf(parser, field) : scalar(parser);
                if (value != null && !value.isBlank()) {
                    strings.add(value.strip());
                }
            }
            return strings;
        }
    }

    /**
     * The tasks of a job: the documented object with a {@code Tasks} array, a bare array, or a single task object (the
     * {@code TaskID=} form). Other members such as {@code PreTask} are skipped.
     */
    <T> List<T> tasks(InputStream body, Function<DeadlineTaskJson, T> map) throws IOException {
        ObjectReader reader = mapper.readerFor(DeadlineTaskJson.class);
        try (JsonParser parser = mapper.createParser(body)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                return elements(parser, reader, map);
            }
            expect(parser, first, JsonToken.START_OBJECT, "an object or an array of tasks");
            return tasksInObject(parser, reader, map);
        }
    }

    /** Keeps the members before {@code Tasks} in case there is no {@code Tasks} and the object is a task itself. */
    private <T> List<T> tasksInObject(JsonParser parser, ObjectReader reader, Function<DeadlineTaskJson, T> map)
            throws IOException {
        @Nullable List<T> tasks = null;
        ObjectNode single = mapper.createObjectNode();
        for (JsonToken token = next(parser); token != JsonToken.END_OBJECT; token = next(parser)) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("Tasks".equals(name)) {
                tasks = value == JsonToken.START_ARRAY ? elements(parser, reader, map) : maybeOne(parser, reader, map);
            } else if (tasks == null) {
                single.set(name, mapper.readTree(parser));
            } else {
                parser.skipChildren();
            }
        }
        if (tasks != null) {
            return tasks;
        }
        return single.has("TaskID") ? List.of(mapped(parser, reader.readValue(single), map)) : List.of();
    }

    /**
     * The text of a report: a JSON string, an array of strings (joined, normally one), or plain text as it came.
     */
    String contents(InputStream body) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(body);
        int first = firstSignificantByte(buffered);
        if (first != '[' && first != '"' && first != '{') {
            return new String(buffered.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        }
        try (JsonParser parser = mapper.createParser(buffered)) {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.VALUE_STRING) {
                return parser.getText();
            }
            expect(parser, token, JsonToken.START_ARRAY, "a string or an array of strings");
            List<String> parts = new ArrayList<>();
            for (token = next(parser); token != JsonToken.END_ARRAY; token = next(parser)) {
                expect(parser, token, JsonToken.VALUE_STRING, "a string");
                parts.add(parser.getText());
            }
            return String.join("\n\n", parts);
        }
    }

    /** The first line of a plain-text answer such as the version banner. */
    String firstLine(InputStream body) throws IOException {
        String text = new String(body.readNBytes(4096), StandardCharsets.UTF_8).strip();
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
    }

    private <J, T> List<T> elements(JsonParser parser, ObjectReader reader, Function<J, T> map) throws IOException {
        List<T> results = new ArrayList<>();
        for (JsonToken token = next(parser); token != JsonToken.END_ARRAY; token = next(parser)) {
            if (token != JsonToken.VALUE_NULL) {
                J json = reader.readValue(parser);
                results.add(mapped(parser, json, map));
            }
        }
        return results;
    }

    private <J, T> List<T> maybeOne(JsonParser parser, ObjectReader reader, Function<J, T> map) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return List.of();
        }
        J json = reader.readValue(parser);
        return List.of(mapped(parser, json, map));
    }

    /** Turns a value our records refuse (a blank job id, say) into a parse failure that names where it was. */
    private static <J, T> T mapped(JsonParser parser, J json, Function<J, T> map) throws JsonMappingException {
        try {
            return map.apply(json);
        } catch (RuntimeException e) {
            throw JsonMappingException.from(parser, e.getMessage(), e);
        }
    }

    private static @Nullable String scalar(JsonParser parser) throws IOException {
        if (parser.currentToken().isScalarValue()) {
            return parser.getValueAsString();
        }
        parser.skipChildren();
        return null;
    }

    private static @Nullable String fieldOf(JsonParser parser, String field) throws IOException {
        String value = null;
        for (JsonToken token = next(parser); token != JsonToken.END_OBJECT; token = next(parser)) {
            String name = parser.currentName();
            parser.nextToken();
            String scalar = scalar(parser);
            value = field.equals(name) ? scalar : value;
        }
        return value;
    }

    /** The next token; the end of the input where more was due is a parse failure, not a silent end. */
    private static JsonToken next(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw JsonMappingException.from(parser, "the answer ends in the middle of the JSON");
        }
        return token;
    }

    private static void expect(JsonParser parser, @Nullable JsonToken actual, JsonToken expected, String what)
            throws JsonMappingException {
        if (actual != expected) {
            throw JsonMappingException.from(parser, "expected " + what + " but found " + describe(actual));
        }
    }

    private static String describe(@Nullable JsonToken token) {
        return token == null ? "nothing" : token.asString() != null ? token.asString() : token.name();
    }

    /** Peeks at the first byte that is not white space or a byte order mark; -1 for an empty body. */
    private static int firstSignificantByte(BufferedInputStream body) throws IOException {
        body.mark(4096);
        int next = body.read();
        for (int read = 1; read < 4096 && isInsignificant(next); read++) {
            next = body.read();
        }
        body.reset();
        return next;
    }

    private static boolean isInsignificant(int next) {
        return next == ' '
                || next == '\t'
                || next == '\r'
                || next == '\n'
                || next == 0xEF
                || next == 0xBB
                || next == 0xBF;
    }
}
