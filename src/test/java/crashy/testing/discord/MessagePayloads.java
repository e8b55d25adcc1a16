package crashy.testing.discord;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/** Discord's checks on a message create or edit payload, answered with its error codes. */
final class MessagePayloads {
    static final int MAX_CONTENT = 2000;
    static final int MAX_EMBEDS = 10;

    private MessagePayloads() {}

    /** The error Discord would answer a new message with, if any. */
    static Optional<RestResponse> rejectNew(JsonNode payload, List<Part> files) {
        boolean empty = payload.path("content").asText("").isEmpty()
                && payload.path("embeds").isEmpty()
                && payload.path("components").isEmpty()
                && payload.path("sticker_ids").isEmpty()
                && payload.path("poll").isMissingNode()
                && files.isEmpty();
        if (empty) {
            return Optional.of(RestResponse.error(400, 50006, "Cannot send an empty message"));
        }
        return rejectEdit(payload);
    }

    static Optional<RestResponse> rejectEdit(JsonNode payload) {
        if (payload.path("content").asText("").length() > MAX_CONTENT) {
            return Optional.of(invalid("content: Must be " + MAX_CONTENT + " or fewer in length."));
        }
        if (payload.path("embeds").size() > MAX_EMBEDS) {
            return Optional.of(invalid("embeds: Must be " + MAX_EMBEDS + " or fewer in length."));
        }
        return Optional.empty();
    }

    static RestResponse invalid(String why) {
        return RestResponse.json(
                400,
                Json.object()
                        .put("message", "Invalid Form Body")
                        .put("code", 50035)
                        .put("detail", why));
    }
}
