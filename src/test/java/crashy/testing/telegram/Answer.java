package crashy.testing.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** What the fake answers a call: {@code {"ok":true,"result":...}} with 200, or an {@link ApiError}. */
record Answer(int status, ObjectNode body) {
    static Answer ok(JsonNode result) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("ok", true).set("result", result);
        return new Answer(200, body);
    }

    static Answer ok(boolean result) {
        return ok(JsonNodeFactory.instance.booleanNode(result));
    }

    static Answer error(ApiError error) {
        return new Answer(error.status(), error.toJson());
    }

    static Answer badRequest(String detail) {
        return error(ApiError.badRequest(detail));
    }

    /** A valid call the fake cannot play; Telegram never answers 501, so the test notices (and so do violations). */
    static Answer unsupported(String what) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("ok", false).put("error_code", 501).put("description", "FakeTelegram does not implement " + what);
        return new Answer(501, body);
    }

    boolean isUnsupported() {
        return status == 501;
    }

    String description() {
        return body.path("description").asText();
    }
}
