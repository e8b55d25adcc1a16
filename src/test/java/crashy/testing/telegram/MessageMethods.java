package crashy.testing.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;

/**
 * The methods that change what chats show: send a text, photo or document, edit text, caption or keyboard, delete.
 * Answers carry the resulting {@code Message}; errors are the ones Telegram gives for the same mistakes.
 */
final class MessageMethods {
    static final String NOT_MODIFIED = "message is not modified: specified new message content and reply markup are "
            + "exactly the same as a current content and reply markup of the message";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Chats chats;
    private final Clock clock;
    private final ObjectNode bot;
    private final Map<String, Upload> filesById = new ConcurrentHashMap<>();

    MessageMethods(Chats chats, Clock clock, ObjectNode bot) {
        this.chats = chats;
        this.clock = clock;
        this.bot = bot;
    }

    Answer sendMessage(Parameters call) {
        return chatOf(call)
                .map(chat -> send(chat, MessageKind.TEXT, call.text("text").orElse(""), call, Upload.none()))
                .orElseGet(() -> Answer.badRequest("chat not found"));
    }

    Answer sendPhoto(Parameters call) {
        return sendFile(call, "photo", MessageKind.PHOTO);
    }

    Answer sendDocument(Parameters call) {
        return sendFile(call, "document", MessageKind.DOCUMENT);
    }

    Answer editMessageText(Parameters call) {
        return edit(
                call,
                message -> message.kind() == MessageKind.TEXT,
                "there is no text in the message to edit",
                message -> message.edited(call.text("text").orElse(""), parseMode(call), markup(call)));
    }

    Answer editMessageCaption(Parameters call) {
        return edit(
                call,
                message -> message.kind() != MessageKind.TEXT,
                "there is no caption in the message to edit",
                message -> message.edited(call.text("caption").orElse(""), parseMode(call), markup(call)));
    }

    Answer editMessageReplyMarkup(Parameters call) {
        return edit(
                call,
                message -> true,
                "",
                message -> message.edited(message.text(), message.parseMode(), markup(call)));
    }

    Answer deleteMessage(Parameters call) {
        Optional<Long> chat = chatOf(call);
        Optional<Long> id = call.number("message_id");
        return chat.isPresent()
                        && id.isPresent()
                        && chats.delete(chat.get(), id.get().intValue())
                ? Answer.ok(true)
                : Answer.badRequest("message to delete not found");
    }

    /** A message as the Bot API returns it; the text is what the user reads, without entities. */
    ObjectNode json(ShownMessage shown, boolean edited) {
        ObjectNode message = JSON.objectNode();
        message.put("message_id", shown.messageId()).set("from", bot.deepCopy());
        message.set("chat", BotApiObjects.chat(shown.chatId(), chats.firstName(shown.chatId())));
        message.put("date", shown.date());
        if (edited) {
            message.put("edit_date", clock.instant().getEpochSecond());
        }
        switch (shown.kind()) {
            case TEXT -> message.put("text", shown.plainText());
            case PHOTO -> message.set("photo", photoSizes(shown));
            case DOCUMENT -> message.set("document", document(shown));
        }
        if (shown.kind() != MessageKind.TEXT && !shown.text().isEmpty()) {
            message.put("caption", shown.plainText());
        }
        if (!shown.replyMarkupJson().isEmpty()) {
            message.set("reply_markup", Parameters.parse(shown.replyMarkupJson()));
        }
        return message;
    }

    private Answer sendFile(Parameters call, String parameter, MessageKind kind) {
        Optional<Long> chat = chatOf(call);
        if (chat.isEmpty()) {
            return Answer.badRequest("chat not found");
        }
        Optional<Upload> file =
                call.upload(parameter).or(() -> call.text(parameter).map(filesById::get));
        if (file.isEmpty()) {
            return Answer.badRequest("wrong file identifier/HTTP URL specified");
        }
        if (kind == MessageKind.PHOTO && image(file.get()) == null) {
            return Answer.badRequest("IMAGE_PROCESS_FAILED");
        }
        return send(chat.get(), kind, call.text("caption").orElse(""), call, file.get());
    }

    private Answer send(long chatId, MessageKind kind, String text, Parameters call, Upload file) {
        int messageId = chats.nextMessageId(chatId);
        long date = clock.instant().getEpochSecond();
        ShownMessage message =
                new ShownMessage(chatId, messageId, date, kind, text, parseMode(call), markup(call), file);
        chats.add(message);
        if (kind != MessageKind.TEXT) {
            filesById.put(fileId(message), file);
        }
        return Answer.ok(json(message, false));
    }

    private Answer edit(
            Parameters call, Predicate<ShownMessage> editable, String notEditable, UnaryOperator<ShownMessage> change) {
        if (call.has("inline_message_id")) {
            return Answer.unsupported("editing inline messages (inline_message_id)");
        }
        Optional<Long> chat = chatOf(call);
        Optional<Long> id = call.number("message_id");
        if (chat.isEmpty() || id.isEmpty()) {
            return Answer.badRequest("message identifier is not specified");
        }
        Optional<ShownMessage> current = chats.current(chat.get(), id.get().intValue());
        if (current.isEmpty()) {
            return Answer.badRequest("message to edit not found");
        }
        if (!editable.test(current.get())) {
            return Answer.badRequest(notEditable);
        }
        ShownMessage edited = change.apply(current.get());
        if (edited.equals(current.get())) {
            return Answer.badRequest(NOT_MODIFIED);
        }
        chats.edit(edited);
        return Answer.ok(json(edited, true));
    }

    private ArrayNode photoSizes(ShownMessage shown) {
        BufferedImage image = image(shown.file());
        ArrayNode sizes = JSON.arrayNode();
        sizes.addObject()
                .put("file_id", fileId(shown))
                .put("file_unique_id", "u" + fileId(shown))
                .put("width", image == null ? 0 : image.getWidth())
                .put("height", image == null ? 0 : image.getHeight())
                .put("file_size", shown.file().bytes().length);
        return sizes;
    }

    private ObjectNode document(ShownMessage shown) {
        ObjectNode document = JSON.objectNode();
        document.put("file_id", fileId(shown))
                .put("file_unique_id", "u" + fileId(shown))
                .put("file_name", shown.file().fileName())
                .put("file_size", shown.file().bytes().length);
        return document;
    }

    private static @Nullable BufferedImage image(Upload file) {
        try {
            return ImageIO.read(new ByteArrayInputStream(file.bytes()));
        } catch (IOException unreadable) {
            return null;
        }
    }

    private static String fileId(ShownMessage message) {
        return message.kind().name().toLowerCase(Locale.ROOT) + "-" + message.chatId() + "-" + message.messageId();
    }

    private static Optional<Long> chatOf(Parameters call) {
        return call.number("chat_id");
    }

    private static String parseMode(Parameters call) {
        return call.text("parse_mode").orElse("");
    }

    private static String markup(Parameters call) {
        return call.json("reply_markup").map(JsonNode::toString).orElse("");
    }
}
