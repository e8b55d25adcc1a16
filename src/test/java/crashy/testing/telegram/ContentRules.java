package crashy.testing.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The limits Telegram puts on content beyond the parameter types: message and caption lengths, parse modes and HTML,
 * inline buttons and bot commands. A correct bot never breaks them, so each answer is a 400 worded like Telegram's.
 */
final class ContentRules {
    static final int MAX_TEXT = 4096;
    static final int MAX_CAPTION = 1024;
    private static final Set<String> PARSE_MODES = Set.of("html", "markdown", "markdownv2");
    private static final Set<String> BUTTON_ACTIONS = Set.of(
            "url",
            "callback_data",
            "web_app",
            "login_url",
            "switch_inline_query",
            "switch_inline_query_current_chat",
            "switch_inline_query_chosen_chat",
            "copy_text",
            "callback_game",
            "pay");

    private ContentRules() {}

    /** What Telegram would object to in this (well-typed) call, as the text after {@code Bad Request: }. */
    static Optional<String> problem(String method, Parameters call) {
        return Stream.of(
                        parseModeProblem(call),
                        textProblem(method, call),
                        captionProblem(call),
                        keyboardProblem(call),
                        commandsProblem(call))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static Optional<String> parseModeProblem(Parameters call) {
        return call.text("parse_mode")
                .filter(mode -> !PARSE_MODES.contains(mode.toLowerCase(Locale.ROOT)))
                .map(mode -> "unsupported parse_mode");
    }

    private static Optional<String> textProblem(String method, Parameters call) {
        if (!method.equals("sendMessage") && !method.equals("editMessageText")) {
            return Optional.empty();
        }
        String text = call.text("text").orElse("");
        Optional<String> html = htmlProblem(call, text);
        if (html.isPresent()) {
            return html;
        }
        String shown = isHtml(call) ? TelegramHtml.plainText(text) : text;
        if (shown.isBlank()) {
            return Optional.of("message text is empty");
        }
        return shown.length() > MAX_TEXT ? Optional.of("message is too long") : Optional.empty();
    }

    private static Optional<String> captionProblem(Parameters call) {
        Optional<String> caption = call.text("caption");
        Optional<String> html = caption.flatMap(text -> htmlProblem(call, text));
        if (html.isPresent()) {
            return html;
        }
        return caption.map(text -> isHtml(call) ? TelegramHtml.plainText(text) : text)
                .filter(shown -> shown.length() > MAX_CAPTION)
                .map(shown -> "message caption is too long");
    }

    private static Optional<String> htmlProblem(Parameters call, String text) {
        return isHtml(call) ? TelegramHtml.problem(text).map(why -> "can't parse entities: " + why) : Optional.empty();
    }

    private static boolean isHtml(Parameters call) {
        return call.text("parse_mode").filter("html"::equalsIgnoreCase).isPresent();
    }

    private static Optional<String> keyboardProblem(Parameters call) {
        JsonNode rows = call.json("reply_markup")
                .map(markup -> markup.path("inline_keyboard"))
                .orElse(null);
        if (rows == null) {
            return Optional.empty();
        }
        for (JsonNode row : rows) {
            for (JsonNode button : row) {
                long actions = BUTTON_ACTIONS.stream().filter(button::has).count();
                if (actions != 1) {
                    return Optional.of("can't parse inline keyboard button: exactly one of the optional fields "
                            + "must be used, found " + actions);
                }
                int dataBytes = button.path("callback_data").asText().getBytes(StandardCharsets.UTF_8).length;
                if (button.has("callback_data") && (dataBytes < 1 || dataBytes > 64)) {
                    return Optional.of("BUTTON_DATA_INVALID");
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> commandsProblem(Parameters call) {
        JsonNode commands = call.json("commands").orElse(null);
        if (commands == null) {
            return Optional.empty();
        }
        if (commands.size() > 100) {
            return Optional.of("BOT_COMMANDS_TOO_MUCH");
        }
        for (JsonNode command : commands) {
            if (!command.path("command").asText().matches("[a-z0-9_]{1,32}")) {
                return Optional.of("BOT_COMMAND_INVALID");
            }
            int description = command.path("description").asText().length();
            if (description < 1 || description > 256) {
                return Optional.of("BOT_COMMAND_DESCRIPTION_INVALID");
            }
        }
        return Optional.empty();
    }
}
