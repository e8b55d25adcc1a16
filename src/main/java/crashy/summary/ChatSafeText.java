package crashy.summary;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Makes a language model's answer safe to post in a chat, whatever a log smuggled into the prompt: no mentions that
 * would ping people ({@code @everyone}, {@code @here}, {@code <@id>}, {@code <@&role>}, {@code <#channel>}), no links
 * that were not already in the evidence, and no more than {@link #MAX_CHARS} characters. A link on an evidence line that
 * talks to the model ("ignore previous instructions", a mention) counts as foreign: that line is an injection attempt.
 */
public final class ChatSafeText {
    public static final int MAX_CHARS = 600;

    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200F\\u2060\\uFEFF]");
    private static final Pattern MENTION = Pattern.compile("(?i)@(?:everyone|here)\\b|<(?:@[!&]?|#|/[\\w -]+:)\\d*>");
    private static final Pattern AT_NAME = Pattern.compile("(?<![\\w.])@(?=\\w)");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]\\n]*)\\]\\(([^)\\s]*)\\)");
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:[a-z][a-z0-9+.-]*://|www\\.)[^\\s<>()\\[\\]\"'`]+");
    private static final Pattern DOMAIN =
            Pattern.compile("(?i)\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.([a-z]{2,12})\\b(?:/[^\\s<>()\"'`]*)?");
    // Only these read as web addresses when bare; file extensions like .exr or .ma stay.
    private static final Pattern INJECTION = Pattern.compile(
            "(?i)\\b(?:ignore|disregard|forget)\\b.{0,40}\\b(?:instructions"
                    + "|prompt|rules)\\b|system prompt|you are now|\\b(?:assistant|chatgpt|ai model)\\b|@everyone|@here|<@");
    private static final Set<String> LINKED_DOMAINS = Set.of(
            "com", "net", "org", "io", "co", "ai", "app", "dev", "xyz", "info", "biz", "ru", "cn", "example", "link",
            "site", "online", "top", "me", "ly", "gg", "tk", "click");

    private ChatSafeText() {}

    /** The final answer, cleaned against the evidence it was written from. */
    public static String of(String answer, String evidence) {
        String trusted =
                evidence.lines().filter(line -> !INJECTION.matcher(line).find()).collect(Collectors.joining("\n"));
        String text = withoutForeignLinks(withoutMentions(answer), trusted);
        text = text.replaceAll("[ \\t]{2,}", " ")
                .replaceAll(" +([.,;:!?])", "$1")
                .strip();
        return capped(text);
    }

    /** An answer still streaming: cleaned like {@link #of}, without its last word, which may be half a link. */
    public static String partial(String answerSoFar, String evidence) {
        int lastSpace = Math.max(answerSoFar.lastIndexOf(' '), answerSoFar.lastIndexOf('\n'));
        return lastSpace < 0 ? "" : of(answerSoFar.substring(0, lastSpace), evidence);
    }

    private static String withoutMentions(String answer) {
        String text = INVISIBLE.matcher(answer).replaceAll("");
        text = MENTION.matcher(text).replaceAll("");
        return AT_NAME.matcher(text).replaceAll("");
    }

    private static String withoutForeignLinks(String answer, String trusted) {
        String text = MARKDOWN_LINK
                .matcher(answer)
                .replaceAll(link -> Matcher.quoteReplacement(
                        link.group(1) + (trusted.contains(link.group(2)) ? " " + link.group(2) : "")));
        text = URL.matcher(text).replaceAll(url -> kept(url.group(), trusted));
        return DOMAIN.matcher(text)
                .replaceAll(domain -> LINKED_DOMAINS.contains(domain.group(1).toLowerCase(Locale.ROOT))
                        ? kept(domain.group(), trusted)
                        : Matcher.quoteReplacement(domain.group()));
    }

    private static String kept(String link, String trusted) {
        String bare = link.replaceAll("[.,;:!?]+$", "");
        return Matcher.quoteReplacement(
                !bare.isEmpty() && trusted.contains(bare) ? link : link.substring(bare.length()));
    }

    private static String capped(String text) {
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        String cut = text.substring(0, MAX_CHARS);
        int sentenceEnd = cut.lastIndexOf(". ");
        if (sentenceEnd > MAX_CHARS / 2) {
            return cut.substring(0, sentenceEnd + 1);
        }
        int wordEnd = cut.lastIndexOf(' ');
        return (wordEnd > 0 ? cut.substring(0, wordEnd) : cut.substring(0, MAX_CHARS - 1)) + "…";
    }
}
