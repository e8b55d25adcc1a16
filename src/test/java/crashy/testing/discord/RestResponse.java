package crashy.testing.discord;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the fake answers a REST call with. */
record RestResponse(int status, String contentType, byte[] body, Map<String, String> headers) {
    RestResponse {
        body = body.clone();
        headers = Map.copyOf(headers);
    }

    static RestResponse json(int status, JsonNode json) {
        return new RestResponse(status, "application/json", Json.bytes(json), Map.of());
    }

    static RestResponse ok(JsonNode json) {
        return json(200, json);
    }

    static RestResponse noContent() {
        return new RestResponse(204, "", new byte[0], Map.of());
    }

    /** Discord's error body: {@code {"message": ..., "code": ...}}. */
    static RestResponse error(int status, int code, String message) {
        return json(status, Json.object().put("message", message).put("code", code));
    }

    static RestResponse text(int status, String contentType, String text) {
        return new RestResponse(status, contentType, text.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    RestResponse withHeaders(Map<String, String> more) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.putAll(more);
        return new RestResponse(status, contentType, body, all);
    }

    /**
     * Discord's rate limit answer: the given headers and a body with {@code retry_after} in seconds. The fake adds
     * {@code Via} to every answer, without which JDA would take a 429 for a Cloudflare ban of every route.
     */
    static RestResponse tooManyRequests(long retryAfterMillis, boolean global, Map<String, String> headers) {
        JsonNode body = Json.object()
                .put("message", "You are being rate limited.")
                .put("retry_after", retryAfterMillis / 1000.0)
                .put("global", global);
        return json(429, body).withHeaders(headers);
    }
}
