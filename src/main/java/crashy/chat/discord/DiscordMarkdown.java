package crashy.chat.discord;

import crashy.message.Moment;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.utils.MarkdownSanitizer;

/**
 * Turns Crashy's plain text into Discord markdown that shows exactly that text: nothing a job name, a log line or a
 * user typed can become formatting, a link, a mention or a timestamp. Only Crashy's own {@link Moment} tokens become
 * Discord timestamps ({@code <t:1764000000:R>}, shown relative in the reader's time zone).
 */
final class DiscordMarkdown {
    /** Characters that start a mention, a timestamp, a custom emoji or a masked link: {@code <@1>}, {@code [a](b)}. */
    private static final Pattern REFERENCE = Pattern.compile("[<@\\[]");
    /** Headings, subtext and list items: {@code # }, {@code -# }, {@code - }, {@code 1. } at the start of a line. */
    private static final Pattern LINE_START = Pattern.compile("(?m)^(\\s*)(?:([#-])|(\\d+)\\.)");

    private static final Pattern MOMENT = Pattern.compile("⟦t:-?\\d+⟧");
    /** How much longer a moment gets when shown: {@code ⟦t:N⟧} becomes {@code <t:N:R>}. */
    private static final int MOMENT_GROWTH = 2;

    private DiscordMarkdown() {}

    /** The text escaped, cut to {@code max} characters as shown, its moments as Discord timestamps. */
    static String shown(String plain, int max) {
        String escaped = escaped(plain);
        String cut = cut(escaped, max - MOMENT_GROWTH * count(MOMENT.matcher(escaped)));
        return Moment.replaced(cut, moment -> "<t:" + moment.getEpochSecond() + ":R>");
    }

    /**
     * Plain text as markdown that renders as that text. Backslashes are doubled first, so JDA's sanitizer and
     * Discord both read every one as literal; then JDA escapes bold, italics, code, spoilers, strike-through and
     * quotes, and the rest is escaped here, where Discord's backslash escape works before any punctuation.
     */
    static String escaped(String plain) {
        String sanitized = MarkdownSanitizer.escape(plain.replace("\\", "\\\\"), true);
        String references =
                REFERENCE.matcher(sanitized).replaceAll(match -> Matcher.quoteReplacement("\\" + match.group()));
        return LINE_START.matcher(references).replaceAll(match -> Matcher.quoteReplacement(lineStart(match)));
    }

    /**
     * At most {@code max} characters, ending in "…" if cut; never splits a surrogate pair, a moment token or a
     * backslash escape, which would swallow the "…" or show half an emoji.
     */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Math.max(0, max - 1);
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        int open = text.lastIndexOf('⟦', end - 1);
        if (open >= 0 && text.indexOf('⟧', open) >= end) {
            end = open;
        }
        int backslashes = 0;
        while (end - backslashes > 0 && text.charAt(end - backslashes - 1) == '\\') {
            backslashes++;
        }
        return text.substring(0, end - backslashes % 2) + "…";
    }

    /** {@code # } as {@code \# }, {@code 1. } as {@code 1\. }. */
    private static String lineStart(MatchResult match) {
        return match.group(2) != null
                ? match.group(1) + "\\" + match.group(2)
                : match.group(1) + match.group(3) + "\\.";
    }

    private static int count(Matcher matcher) {
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
