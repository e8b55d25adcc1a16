package crashy.simulator;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An answer of the fake Web Service: plain text (banners, "Success", error messages) or JSON written straight to
 * the response by a {@link JsonBody}.
 */
record Reply(int status, @Nullable String text, @Nullable JsonBody json, Map<String, String> headers) {

    /** Writes a JSON document to the response as it goes. */
    @FunctionalInterface
    interface JsonBody {
        void write(JsonGenerator json) throws IOException;
    }

    Reply {
        headers = Map.copyOf(headers);
        if ((text == null) == (json == null)) {
            throw new IllegalArgumentException("a reply is either text or JSON");
        }
    }

    static Reply text(int status, String text) {
        return new Reply(status, Objects.requireNonNull(text, "text"), null, Map.of());
    }

    static Reply json(JsonBody body) {
        return new Reply(200, null, Objects.requireNonNull(body, "body"), Map.of());
    }

    static Reply badRequest(String message) {
        return text(400, message);
    }

    static Reply notImplemented(String method) {
        return text(501, "The " + method + " method is not implemented for this resource.");
    }

    static Reply strings(Iterable<String> values) {
        return json(json -> {
            json.writeStartArray();
            for (String value : values) {
                json.writeString(value);
            }
            json.writeEndArray();
        });
    }

    Reply withHeader(String name, String value) {
        Map<String, String> more = new HashMap<>(headers);
        more.put(name, value);
        return new Reply(status, text, json, more);
    }
}
