package crashy.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import crashy.job.JobId;
import crashy.message.Button;
import crashy.message.ChatMessage;
import crashy.message.Field;
import crashy.message.Picture;
import crashy.message.Tone;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Stores a {@link ChatMessage} as JSON in the outbox and reads it back; by hand, to keep the format stable. */
final class MessageCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private MessageCodec() {}

    static String write(ChatMessage message) {
        ObjectNode node = JSON.createObjectNode()
                .put("tone", message.tone().name())
                .put("title", message.title())
                .put("body", message.body());
        message.fields()
                .forEach(field ->
                        node.withArray("fields").addArray().add(field.name()).add(field.value()));
        message.buttons()
                .forEach(button ->
                        node.withArray("buttons").addArray().add(button.label()).add(button.command()));
        message.picture()
                .ifPresent(picture -> node.putObject("picture")
                        .put("job", picture.job().value())
                        .put("framing", picture.framing().name())
                        .put("frame", picture.frame()));
        return node.toString();
    }

    private static Optional<Picture> picture(JsonNode node) {
        if (node.isMissingNode()) {
            return Optional.empty();
        }
        return Optional.of(new Picture(
                new JobId(node.get("job").asText()),
                Picture.Framing.valueOf(node.get("framing").asText()),
                node.get("frame").asInt()));
    }

    static ChatMessage read(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            List<Field> fields = new ArrayList<>();
            node.path("fields")
                    .forEach(f ->
                            fields.add(new Field(f.get(0).asText(), f.get(1).asText())));
            List<Button> buttons = new ArrayList<>();
            node.path("buttons")
                    .forEach(b ->
                            buttons.add(new Button(b.get(0).asText(), b.get(1).asText())));
            return new ChatMessage(
                    Tone.valueOf(node.get("tone").asText()),
                    node.get("title").asText(),
                    node.get("body").asText(),
                    fields,
                    buttons,
                    picture(node.path("picture")));
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalStateException("a queued message could not be read back: " + e.getMessage(), e);
        }
    }
}
