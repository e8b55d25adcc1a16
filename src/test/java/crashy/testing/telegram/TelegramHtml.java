package crashy.testing.telegram;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Telegram's HTML parse mode: only its few tags, properly nested, and every other {@code <} escaped. The errors read
 * like Telegram's "can't parse entities" answers; entities other than the four named ones and numeric ones stay text.
 */
final class TelegramHtml {
    private static final Set<String> TAGS = Set.of(
            "b",
            "strong",
            "i",
            "em",
            "u",
            "ins",
            "s",
            "strike",
            "del",
            "span",
            "tg-spoiler",
            "a",
            "tg-emoji",
            "code",
            "pre",
            "blockquote",
            "tg-time");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9-]*)([^<>]*)>");
    private static final Pattern ENTITY = Pattern.compile("&(lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});");
    private static final Map<String, String> NAMED = Map.of("lt", "<", "gt", ">", "amp", "&", "quot", "\"");

    private TelegramHtml() {}

    /** Why Telegram would refuse this text in HTML mode, or empty if it parses. */
    static Optional<String> problem(String html) {
        Deque<String> open = new ArrayDeque<>();
        int at = 0;
        while ((at = html.indexOf('<', at)) >= 0) {
            Matcher tag = TAG.matcher(html).region(at, html.length());
            if (!tag.lookingAt()) {
                return Optional.of("Unexpected \"<\" at byte offset " + byteOffset(html, at));
            }
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            if (!TAGS.contains(name)) {
                return Optional.of("Unsupported start tag \"" + name + "\" at byte offset " + byteOffset(html, at));
            }
            if (tag.group(1).isEmpty()) {
                open.push(name);
            } else if (open.isEmpty()) {
                return Optional.of("Unexpected end tag at byte offset " + byteOffset(html, at));
            } else if (!name.equals(open.peek())) {
                return Optional.of("Unmatched end tag at byte offset " + byteOffset(html, at) + ", expected \"</"
                        + open.peek() + ">\", found \"</" + name + ">\"");
            } else {
                open.pop();
            }
            at = tag.end();
        }
        return open.isEmpty()
                ? Optional.empty()
                : Optional.of("Can't find end tag corresponding to start tag \"" + open.peek() + "\"");
    }

    /** The text the user reads: tags dropped, entities decoded. */
    static String plainText(String html) {
        String withoutTags = TAG.matcher(html).replaceAll("");
        Matcher entity = ENTITY.matcher(withoutTags);
        StringBuilder text = new StringBuilder();
        while (entity.find()) {
            entity.appendReplacement(text, Matcher.quoteReplacement(decode(entity.group(1))));
        }
        entity.appendTail(text);
        return text.toString();
    }

    private static String decode(String entity) {
        if (!entity.startsWith("#")) {
            return NAMED.get(entity);
        }
        int codePoint = entity.startsWith("#x")
                ? Integer.parseInt(entity.substring(2), 16)
                : Integer.parseInt(entity.substring(1));
        return Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : "\uFFFD";
    }

    private static int byteOffset(String text, int index) {
        return text.substring(0, index).getBytes(StandardCharsets.UTF_8).length;
    }
}
