package crashy.testing.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One call as the fake received and answered it. {@code method} is spelt as in the spec ({@code sendMessage}) however
 * the client spelt it; {@code fields} is the JSON body, or the text parts of a form as strings ({@code form} true);
 * {@code uploads} are a multipart request's files by part name; {@code status} is the HTTP status of the answer.
 */
public record RecordedRequest(
        String method, ObjectNode fields, boolean form, Map<String, Upload> uploads, Instant receivedAt, int status) {
    public RecordedRequest {
        fields = fields.deepCopy();
        uploads = Map.copyOf(uploads);
    }

    @Override
    public ObjectNode fields() {
        return fields.deepCopy();
    }

    public boolean isMethod(String name) {
        return method.equalsIgnoreCase(name);
    }

    /** A parameter as text (a JSON string, number or boolean as written); empty when absent. */
    public Optional<String> text(String name) {
        JsonNode value = fields.get(name);
        return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
    }

    public boolean succeeded() {
        return status == 200;
    }

    @Override
    public String toString() {
        return method + " " + fields + (uploads.isEmpty() ? "" : " uploads " + uploads.keySet()) + " -> " + status;
    }
}
