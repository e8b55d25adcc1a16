package crashy.chat.telegram;

import crashy.message.Button;
import crashy.message.ChatMessage;
import crashy.message.Field;
import crashy.message.Moment;
import crashy.notification.Attachment;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageCaption;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * A {@link ChatMessage} as Telegram shows it: HTML with the title in bold, the body, each field as a bold name and
 * its value, moments written out ({@code 21:04 (3m ago)}), at most 4096 characters as the reader sees them; the
 * buttons as an inline keyboard whose callback data is the button's command. A message with a picture is a photo
 * whose caption is the text, at most 1024 characters. All text is escaped, so nothing from the farm or a user becomes
 * markup.
 */
final class TelegramMessages {
    static final int MAX_TEXT = 4096;
    static final int MAX_CAPTION = 1024;
    private static final int BUTTONS_PER_ROW = 3;
    private static final String CUT = "…";
    private static final LinkPreviewOptions NO_PREVIEW =
            LinkPreviewOptions.builder().isDisabled(true).build();

    private TelegramMessages() {}

    /** A new message in the chat; a silent one arrives without a sound or vibration. */
    static SendMessage send(long chatId, ChatMessage message, Instant now, boolean silent) {
        return SendMessage.builder()
                .chatId(chatId)
                .text(html(message, now))
                .parseMode(ParseMode.HTML)
                .linkPreviewOptions(NO_PREVIEW)
                .disableNotification(silent ? Boolean.TRUE : null)
                .replyMarkup(keyboard(message).orElse(null))
                .build();
    }

    /** A new photo in the chat, the message's text as its caption. */
    static SendPhoto photo(long chatId, ChatMessage message, Attachment picture, Instant now, boolean silent) {
        return SendPhoto.builder()
                .chatId(chatId)
                .photo(new InputFile(new ByteArrayInputStream(picture.jpeg()), picture.fileName()))
                .caption(html(message, now, MAX_CAPTION))
                .parseMode(ParseMode.HTML)
                .disableNotification(silent ? Boolean.TRUE : null)
                .replyMarkup(keyboard(message).orElse(null))
                .build();
    }

    /** The caption of the photo {@code messageId} of the chat, rewritten; the photo stays. */
    static EditMessageCaption caption(long chatId, int messageId, ChatMessage message, Instant now) {
        return EditMessageCaption.builder()
                .chatId(chatId)
                .messageId(messageId)
                .caption(html(message, now, MAX_CAPTION))
                .parseMode(ParseMode.HTML)
                .replyMarkup(keyboard(message).orElse(null))
                .build();
    }

    /** The message {@code messageId} of the chat, rewritten. */
    static EditMessageText edit(long chatId, int messageId, ChatMessage message, Instant now) {
        return EditMessageText.builder()
                .chatId(chatId)
                .messageId(messageId)
                .text(html(message, now))
                .parseMode(ParseMode.HTML)
                .linkPreviewOptions(NO_PREVIEW)
                .replyMarkup(keyboard(message).orElse(null))
                .build();
    }

    /** The text as Telegram HTML; what does not fit in {@link #MAX_TEXT} characters is cut and marked with "…". */
    static String html(ChatMessage message, Instant now) {
        return html(message, now, MAX_TEXT);
    }

    /** The text as Telegram HTML in at most {@code limit} characters as the reader sees them. */
    static String html(ChatMessage message, Instant now, int limit) {
        StringBuilder html = new StringBuilder();
        int left = limit;
        for (Line line : lines(message, now)) {
            String separator = html.isEmpty() ? "" : "\n";
            int length = separator.length() + line.length();
            if (length > left) {
                html.append(separator).append(line.cut(left - separator.length() - CUT.length()));
                return html.append(CUT).toString();
            }
            html.append(separator).append(line.html());
            left -= length;
        }
        return html.isEmpty() ? CUT : html.toString();
    }

    /** The buttons, a few to a row; empty when the message has none. */
    static Optional<InlineKeyboardMarkup> keyboard(ChatMessage message) {
        List<Button> buttons = message.buttons();
        if (buttons.isEmpty()) {
            return Optional.empty();
        }
        List<InlineKeyboardRow> rows = new ArrayList<>();
        for (int first = 0; first < buttons.size(); first += BUTTONS_PER_ROW) {
            InlineKeyboardRow row = new InlineKeyboardRow();
            buttons.subList(first, Math.min(buttons.size(), first + BUTTONS_PER_ROW))
                    .forEach(button -> row.add(InlineKeyboardButton.builder()
                            .text(button.label())
                            .callbackData(button.command())
                            .build()));
            rows.add(row);
        }
        return Optional.of(new InlineKeyboardMarkup(rows));
    }

    /** {@code &}, {@code <} and {@code >} as HTML entities, which is all Telegram asks outside tags. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static List<Line> lines(ChatMessage message, Instant now) {
        List<Line> lines = new ArrayList<>();
        if (!message.title().isBlank()) {
            lines.add(new Line(Moment.written(message.title(), now), ""));
        }
        if (!message.body().isBlank()) {
            lines.add(new Line("", Moment.written(message.body(), now)));
        }
        for (Field field : message.fields()) {
            lines.add(new Line(Moment.written(field.name(), now) + ":", " " + Moment.written(field.value(), now)));
        }
        return lines;
    }

    /** One line of plain text: a bold part, then a normal one. */
    private record Line(String bold, String normal) {
        int length() {
            return bold.length() + normal.length();
        }

        String html() {
            return (bold.isEmpty() ? "" : "<b>" + escape(bold) + "</b>") + escape(normal);
        }

        /** At most {@code room} characters of the line, never half a surrogate pair, as HTML. */
        String cut(int room) {
            String boldPart = prefix(bold, room);
            return new Line(boldPart, prefix(normal, room - boldPart.length())).html();
        }

        private static String prefix(String text, int room) {
            if (room <= 0) {
                return "";
            }
            if (room >= text.length()) {
                return text;
            }
            int end = Character.isHighSurrogate(text.charAt(room - 1)) ? room - 1 : room;
            return text.substring(0, end);
        }
    }
}
