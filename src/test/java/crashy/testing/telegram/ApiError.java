package crashy.testing.telegram;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An error answer as Telegram sends it: the HTTP status doubles as {@code error_code}, and a positive
 * {@code retryAfterSeconds} adds {@code "parameters":{"retry_after":N}} as on a 429.
 */
public record ApiError(int status, String description, int retryAfterSeconds) {
    public ApiError {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("not an error status: " + status);
        }
    }

    public static ApiError of(int status, String description) {
        return new ApiError(status, description, 0);
    }

    /** Telegram's flood control: {@code 429 Too Many Requests: retry after N}. */
    public static ApiError tooManyRequests(int retryAfterSeconds) {
        if (retryAfterSeconds < 1) {
            throw new IllegalArgumentException("Telegram asks to wait at least one second");
        }
        return new ApiError(429, "Too Many Requests: retry after " + retryAfterSeconds, retryAfterSeconds);
    }

    public static ApiError internalServerError() {
        return of(500, "Internal Server Error");
    }

    public static ApiError badGateway() {
        return of(502, "Bad Gateway");
    }

    public static ApiError badRequest(String detail) {
        return of(400, "Bad Request: " + detail);
    }

    static ApiError unauthorized() {
        return of(401, "Unauthorized");
    }

    static ApiError blockedByUser() {
        return of(403, "Forbidden: bot was blocked by the user");
    }

    static ApiError notFound() {
        return of(404, "Not Found");
    }

    ObjectNode toJson() {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("ok", false).put("error_code", status).put("description", description);
        if (retryAfterSeconds > 0) {
            body.putObject("parameters").put("retry_after", retryAfterSeconds);
        }
        return body;
    }
}
