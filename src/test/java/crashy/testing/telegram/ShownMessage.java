package crashy.testing.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One version of a message the bot sent, as the chat shows it. {@code text} is the text or caption exactly as sent
 * (with its HTML tags, say), {@code parseMode} and {@code replyMarkupJson} are empty when absent, and {@code file} is
 * the uploaded photo or document ({@link Upload#none()} for text).
 */
public record ShownMessage(
        long chatId,
        int messageId,
        long date,
        MessageKind kind,
        String text,
        String parseMode,
        String replyMarkupJson,
        Upload file) {

    /** The text as the user reads it: HTML tags removed and entities decoded when the parse mode is HTML. */
    public String plainText() {
        return parseMode.equalsIgnoreCase("HTML") ? TelegramHtml.plainText(text) : text;
    }

    /** The rows of the inline keyboard under the message; empty when it has none. */
    public List<List<InlineButton>> inlineKeyboard() {
        if (replyMarkupJson.isEmpty()) {
            return List.of();
        }
        List<List<InlineButton>> rows = new ArrayList<>();
        for (JsonNode row : Parameters.parse(replyMarkupJson).path("inline_keyboard")) {
            List<InlineButton> buttons = new ArrayList<>();
            row.forEach(button -> buttons.add(new InlineButton(
                    button.path("text").asText(),
                    button.path("callback_data").asText(),
                    button.path("url").asText())));
            rows.add(List.copyOf(buttons));
        }
        return List.copyOf(rows);
    }

    ShownMessage edited(String newText, String newParseMode, String newReplyMarkupJson) {
        return new ShownMessage(chatId, messageId, date, kind, newText, newParseMode, newReplyMarkupJson, file);
    }
}
