package crashy.testing.discord;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One version of a message in a channel of the fake, as the bot last left it.
 *
 * @param id the message id
 * @param channelId the channel it is in: the guild's text channel or a DM channel
 * @param content its text
 * @param embeds its embeds as sent (with {@code type} set to {@code rich} where the bot left it out)
 * @param components its components (action rows) as sent
 * @param attachments its files
 * @param flags message flags: 64 = ephemeral, 128 = loading (a deferred interaction reply)
 * @param allowedMentions the {@code allowed_mentions} of the payload that set this version
 * @param interactionId the interaction this message answers, empty if it was sent to a channel
 * @param createdAt when the fake stored it
 * @param edits how many times it was edited before this version
 * @param deleted whether the bot deleted it
 */
public record StoredMessage(
        String id,
        String channelId,
        String content,
        List<JsonNode> embeds,
        List<JsonNode> components,
        List<StoredAttachment> attachments,
        int flags,
        AllowedMentions allowedMentions,
        String interactionId,
        Instant createdAt,
        int edits,
        boolean deleted) {
    public static final int EPHEMERAL = 64;
    public static final int LOADING = 128;

    public StoredMessage {
        Objects.requireNonNull(id);
        Objects.requireNonNull(channelId);
        Objects.requireNonNull(content);
        embeds = Json.copies(embeds);
        components = Json.copies(components);
        attachments = List.copyOf(attachments);
        Objects.requireNonNull(allowedMentions);
        Objects.requireNonNull(interactionId);
        Objects.requireNonNull(createdAt);
    }

    @Override
    public List<JsonNode> embeds() {
        return Json.copies(embeds);
    }

    @Override
    public List<JsonNode> components() {
        return Json.copies(components);
    }

    public boolean isEphemeral() {
        return (flags & EPHEMERAL) != 0;
    }

    public boolean isLoading() {
        return (flags & LOADING) != 0;
    }

    public boolean isEdited() {
        return edits > 0;
    }

    /** The custom ids of every button or menu in the message's components, depth first. */
    public List<String> customIds() {
        return components.stream()
                .flatMap(component -> component.findValuesAsText("custom_id").stream())
                .toList();
    }

    StoredMessage edited(
            String content,
            List<JsonNode> embeds,
            List<JsonNode> components,
            List<StoredAttachment> attachments,
            int flags,
            AllowedMentions allowedMentions) {
        return new StoredMessage(
                id,
                channelId,
                content,
                embeds,
                components,
                attachments,
                flags,
                allowedMentions,
                interactionId,
                createdAt,
                edits + 1,
                false);
    }

    StoredMessage asDeleted() {
        return new StoredMessage(
                id,
                channelId,
                content,
                embeds,
                components,
                attachments,
                flags,
                allowedMentions,
                interactionId,
                createdAt,
                edits,
                true);
    }
}
