package crashy.testing.discord;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** A stored message as Discord's REST API and gateway return it. */
final class MessageJson {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxxx");
    private static final int CHAT_INPUT_COMMAND_REPLY = 20;

    private MessageJson() {}

    static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant.atOffset(ZoneOffset.UTC));
    }

    static ObjectNode of(StoredMessage message, DiscordWorld world, String baseUrl) {
        boolean interaction = !message.interactionId().isEmpty();
        ObjectNode json = Json.object()
                .put("id", message.id())
                .put("channel_id", message.channelId())
                .put("type", interaction ? CHAT_INPUT_COMMAND_REPLY : 0)
                .put("content", message.content())
                .put("timestamp", timestamp(message.createdAt()))
                .put("flags", message.flags())
                .put("pinned", false)
                .put("tts", false)
                .put("mention_everyone", false);
        json.set("author", world.user(world.bot()));
        if (message.isEdited()) {
            json.put("edited_timestamp", timestamp(message.createdAt()));
        } else {
            json.putNull("edited_timestamp");
        }
        if (message.channelId().equals(DiscordWorld.CHANNEL_ID)) {
            json.put("guild_id", DiscordWorld.GUILD_ID);
        }
        if (interaction) {
            json.put("application_id", DiscordWorld.APPLICATION_ID).put("webhook_id", DiscordWorld.APPLICATION_ID);
        }
        json.set("embeds", Json.arrayOf(message.embeds()));
        json.set("components", Json.arrayOf(message.components()));
        ArrayNode attachments = json.putArray("attachments");
        message.attachments().forEach(attachment -> attachments.add(attachment(attachment, message, baseUrl)));
        json.putArray("mentions");
        json.putArray("mention_roles");
        return json;
    }

    private static ObjectNode attachment(StoredAttachment attachment, StoredMessage message, String baseUrl) {
        String url =
                baseUrl + "attachments/" + message.channelId() + "/" + attachment.id() + "/" + attachment.filename();
        return Json.object()
                .put("id", attachment.id())
                .put("filename", attachment.filename())
                .put("size", attachment.bytes().length)
                .put("content_type", attachment.contentType())
                .put("url", url)
                .put("proxy_url", url);
    }
}
