package crashy.testing.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Every message the bot sent, with each version an edit left behind; payloads are Discord's create/edit JSON. */
final class MessageStore {
    /** The flags a bot may set itself: suppress embeds, ephemeral, suppress notifications, components v2. */
    private static final int SETTABLE_FLAGS = 4 | StoredMessage.EPHEMERAL | 4096 | 32768;

    private final Snowflakes ids;
    private final Clock clock;
    private final Map<String, List<StoredMessage>> versions = new LinkedHashMap<>();

    MessageStore(Snowflakes ids, Clock clock) {
        this.ids = ids;
        this.clock = clock;
    }

    synchronized StoredMessage create(
            String channelId, JsonNode payload, List<Part> files, int extraFlags, String interactionId) {
        StoredMessage message = new StoredMessage(
                ids.next(),
                channelId,
                payload.path("content").asText(""),
                embeds(payload),
                Json.elements(payload.path("components")),
                newAttachments(payload, files),
                (payload.path("flags").asInt(0) & SETTABLE_FLAGS) | extraFlags,
                AllowedMentions.of(payload),
                interactionId,
                clock.instant(),
                0,
                false);
        versions.computeIfAbsent(message.id(), id -> new ArrayList<>()).add(message);
        return message;
    }

    /** Applies an edit payload: fields it has replace the old ones, and a finished edit is no longer loading. */
    synchronized Optional<StoredMessage> edit(String id, JsonNode payload, List<Part> files) {
        return find(id).filter(message -> !message.deleted()).map(message -> {
            StoredMessage edited = message.edited(
                    payload.has("content") ? payload.path("content").asText("") : message.content(),
                    payload.has("embeds") ? embeds(payload) : message.embeds(),
                    payload.has("components") ? Json.elements(payload.path("components")) : message.components(),
                    keptAttachments(message, payload, files),
                    editedFlags(message, payload),
                    payload.has("allowed_mentions") ? AllowedMentions.of(payload) : message.allowedMentions());
            versions.get(id).add(edited);
            return edited;
        });
    }

    synchronized Optional<StoredMessage> delete(String id) {
        return find(id).filter(message -> !message.deleted()).map(message -> {
            StoredMessage deleted = message.asDeleted();
            versions.get(id).add(deleted);
            return deleted;
        });
    }

    /** The latest version of a message, deleted or not. */
    synchronized Optional<StoredMessage> find(String id) {
        List<StoredMessage> history = versions.getOrDefault(id, List.of());
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }

    /** The latest version of each message in the channel that is not deleted, oldest first. */
    synchronized List<StoredMessage> inChannel(String channelId) {
        return versions.values().stream()
                .map(history -> history.get(history.size() - 1))
                .filter(message -> message.channelId().equals(channelId) && !message.deleted())
                .toList();
    }

    synchronized List<StoredMessage> allVersions() {
        return versions.values().stream().flatMap(List::stream).toList();
    }

    synchronized List<StoredMessage> history(String id) {
        return List.copyOf(versions.getOrDefault(id, List.of()));
    }

    private static int editedFlags(StoredMessage message, JsonNode payload) {
        int kept = message.flags() & StoredMessage.EPHEMERAL;
        int asked = payload.has("flags") ? payload.path("flags").asInt(0) & SETTABLE_FLAGS : message.flags();
        return (asked | kept) & ~StoredMessage.LOADING;
    }

    private List<StoredAttachment> keptAttachments(StoredMessage message, JsonNode payload, List<Part> files) {
        List<StoredAttachment> attachments = new ArrayList<>();
        if (payload.has("attachments")) {
            Set<String> listed = Json.elements(payload.path("attachments")).stream()
                    .map(entry -> entry.path("id").asText())
                    .collect(Collectors.toSet());
            message.attachments().stream()
                    .filter(attachment -> listed.contains(attachment.id()))
                    .forEach(attachments::add);
        } else {
            attachments.addAll(message.attachments());
        }
        attachments.addAll(newAttachments(payload, files));
        return attachments;
    }

    /** One attachment per uploaded {@code files[n]} part, named as the payload's attachment {@code n} says. */
    private List<StoredAttachment> newAttachments(JsonNode payload, List<Part> files) {
        Map<String, JsonNode> described = new LinkedHashMap<>();
        Json.elements(payload.path("attachments"))
                .forEach(entry -> described.put("files[" + entry.path("id").asText() + "]", entry));
        return files.stream()
                .filter(Part::isFile)
                .map(part -> {
                    JsonNode entry = described.getOrDefault(part.name(), Json.object());
                    return new StoredAttachment(
                            ids.next(),
                            entry.path("filename").asText(part.filename()),
                            part.contentType().isEmpty() ? "application/octet-stream" : part.contentType(),
                            part.bytes());
                })
                .toList();
    }

    private static List<JsonNode> embeds(JsonNode payload) {
        return Json.elements(payload.path("embeds")).stream()
                .map(embed -> {
                    if (embed instanceof ObjectNode object && !object.hasNonNull("type")) {
                        object.put("type", "rich");
                    }
                    return embed;
                })
                .toList();
    }
}
