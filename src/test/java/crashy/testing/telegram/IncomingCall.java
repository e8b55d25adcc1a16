package crashy.testing.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Bot API request read off the wire: {@code /bot<token>/<method>} with its parameters from a JSON body, a
 * multipart or URL-encoded form, or the query string, all of which Telegram accepts.
 */
record IncomingCall(String token, String method, Parameters parameters) {
    private static final Pattern PATH = Pattern.compile("/bot([^/]+)/(?:test/)?([A-Za-z0-9_]+)");

    static IncomingCall read(HttpExchange exchange) {
        Matcher path = PATH.matcher(exchange.getRequestURI().getRawPath());
        if (!path.matches()) {
            throw new MalformedCallException(
                    404, "the path " + exchange.getRequestURI().getRawPath() + " is not /bot<token>/<method>");
        }
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        byte[] body = readBody(exchange);
        String query = exchange.getRequestURI().getRawQuery();
        return new IncomingCall(path.group(1), path.group(2), parameters(contentType, body, query));
    }

    private static Parameters parameters(String contentType, byte[] body, String query) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("application/json")) {
            return new Parameters(jsonObject(body), false, Map.of());
        }
        if (type.startsWith("multipart/form-data")) {
            MultipartForm form = MultipartForm.parse(contentType, body);
            return new Parameters(texts(form.texts()), true, form.files());
        }
        String encoded =
                type.startsWith("application/x-www-form-urlencoded") ? new String(body, StandardCharsets.UTF_8) : "";
        if (!encoded.isEmpty() || (query != null && !query.isEmpty())) {
            return new Parameters(urlEncoded((query == null ? "" : query) + "&" + encoded), true, Map.of());
        }
        if (body.length > 0) {
            throw new MalformedCallException(400, "a body of type " + contentType + " is neither JSON nor a form");
        }
        return new Parameters(JsonNodeFactory.instance.objectNode(), false, Map.of());
    }

    private static ObjectNode jsonObject(byte[] body) {
        if (body.length == 0) {
            return JsonNodeFactory.instance.objectNode();
        }
        try {
            JsonNode json = Parameters.parse(new String(body, StandardCharsets.UTF_8));
            if (!json.isObject()) {
                throw new MalformedCallException(400, "the JSON body is not an object");
            }
            return (ObjectNode) json;
        } catch (UncheckedIOException notJson) {
            throw new MalformedCallException(400, "the body is not valid JSON");
        }
    }

    private static ObjectNode urlEncoded(String pairs) {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        for (String pair : pairs.split("&")) {
            if (!pair.isEmpty()) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                fields.put(decode(name), decode(value));
            }
        }
        return fields;
    }

    private static ObjectNode texts(Map<String, String> texts) {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        texts.forEach(fields::put);
        return fields;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static byte[] readBody(HttpExchange exchange) {
        try (InputStream in = exchange.getRequestBody()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
