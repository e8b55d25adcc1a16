package crashy.testing.discord;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One REST call as the fake saw and answered it.
 *
 * @param method HTTP method, e.g. {@code POST}
 * @param path the path below {@code /api/v10/}, e.g. {@code channels/5000/messages}
 * @param query the raw query string, empty if none
 * @param route the matched route template, e.g. {@code channels/{channel_id}/messages}, or the path if none matched
 * @param contentType the request's content type, empty if none
 * @param authorization the {@code Authorization} header, empty if none
 * @param body the request body as sent
 * @param parts the parts of a multipart body, empty otherwise
 * @param status the status the fake answered with
 */
public record RecordedCall(
        String method,
        String path,
        String query,
        String route,
        String contentType,
        String authorization,
        byte[] body,
        List<Part> parts,
        int status) {
    public RecordedCall {
        Objects.requireNonNull(method);
        Objects.requireNonNull(path);
        Objects.requireNonNull(query);
        Objects.requireNonNull(route);
        Objects.requireNonNull(contentType);
        Objects.requireNonNull(authorization);
        body = body.clone();
        parts = List.copyOf(parts);
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The JSON payload: the body, or the {@code payload_json} part of a multipart body; missing if neither. */
    public JsonNode json() {
        return part("payload_json").map(part -> Json.parse(part.bytes())).orElseGet(() -> Json.parse(body));
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public Optional<Part> part(String name) {
        return parts.stream().filter(part -> part.name().equals(name)).findFirst();
    }

    /** The uploaded files ({@code files[n]} parts) in order. */
    public List<Part> files() {
        return parts.stream().filter(Part::isFile).toList();
    }

    public Optional<String> queryParameter(String name) {
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (URLDecoder.decode(key, StandardCharsets.UTF_8).equals(name)) {
                return Optional.of(
                        equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    /** Whether this call was {@code method} on a path matching the pattern ({@code {name}} or {@code *} = a segment). */
    public boolean is(String method, String pathPattern) {
        return this.method.equalsIgnoreCase(method)
                && RoutePattern.of(pathPattern).matches(path);
    }

    RecordedCall routedTo(String route) {
        return new RecordedCall(method, path, query, route, contentType, authorization, body, parts, status);
    }

    RecordedCall answeredWith(int status) {
        return new RecordedCall(method, path, query, route, contentType, authorization, body, parts, status);
    }

    @Override
    public String toString() {
        return method + " " + path + (query.isEmpty() ? "" : "?" + query) + " -> " + status
                + (contentType.isEmpty() ? "" : " [" + contentType + "]");
    }
}
