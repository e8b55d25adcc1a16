package crashy.summary;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one error is, whatever frame, file or machine it happened on: the meaningful line of the message with paths,
 * numbers, ids, times, quoted values and worker names replaced by placeholders ({@code text}), and a short stable hash
 * of it ({@code hash}) that keys groups and stored summaries.
 */
public record ErrorFingerprint(String text, String hash) {
    private static final int MAX_TEXT = 240;
    private static final int HASH_CHARACTERS = 12;

    private static final String PATH_CHARACTER = "[^\\\\/\\s\"'<>|:*?]";
    private static final Pattern URL = Pattern.compile("\\b[a-zA-Z][\\w+.-]*://[^\\s\"'<>]+");
    private static final Pattern QUOTED =
            Pattern.compile("\"([^\"\\n]*)\"|(?<!\\w)'([^'\\n]*)'(?!\\w)|“([^”\\n]*)”|‘([^’\\n]*)’|`([^`\\n]*)`");
    private static final Pattern GUID =
            Pattern.compile("\\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\b");
    private static final Pattern DATE_TIME = Pattern.compile(
            "\\b\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}:\\d{2}(?:[.,]\\d+)?(?:Z|[+-]\\d{2}:?\\d{2})?\\b|\\b\\d{1,2}:\\d{2}:\\d{2}"
                    + "(?:[.,]\\d+)?\\b|\\b\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}\\b|\\b\\d{4}/[A-Z][a-z]{2}/\\d{1,2}\\b");
    private static final Pattern UNC_PATH = Pattern.compile("\\\\\\\\[^\\s\"'<>|]+");
    private static final Pattern WINDOWS_PATH = Pattern.compile("\\b[A-Za-z]:[\\\\/](?:" + PATH_CHARACTER + "+(?: "
            + PATH_CHARACTER + "+)*[\\\\/])*" + PATH_CHARACTER + "*");
    private static final Pattern POSIX_PATH =
            Pattern.compile("(?<![\\w.:/<>-])(?:~|\\.{1,2})?/(?:[\\w.@+%,=#-]+/)*[\\w.@+%,=#-]*[\\w#]");
    private static final Pattern FRAME_TOKEN =
            Pattern.compile("#{2,}|%0?\\d*d\\b|\\$F\\d?\\b|<(?:UDIM|udim|F|f|Frame|frame)\\d?>");
    private static final Pattern HEX =
            Pattern.compile("\\b0x[0-9a-fA-F]+\\b|\\b(?=[0-9a-fA-F]*\\d)(?=[0-9a-fA-F]*[a-fA-F])[0-9a-fA-F]{8,}\\b");
    private static final Pattern IP = Pattern.compile("\\b\\d{1,3}(?:\\.\\d{1,3}){3}(?::\\d+)?\\b");
    private static final Pattern NUMBER = Pattern.compile("(?<![A-Za-z_\\d])-?\\d+(?:\\.\\d+)*");
    // Exit codes and signals tell crashes apart (-1073741819 is an access violation), so they keep their value.
    private static final Pattern CODE_BEFORE = Pattern.compile("(?i)(?:code|signal|status)[\\s,:=#(]*$");
    private static final Pattern PATH_START = Pattern.compile("^(?:[A-Za-z]:[\\\\/]|\\\\\\\\|~?/|\\.{1,2}[\\\\/])");

    public ErrorFingerprint {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(hash, "hash");
    }

    /** The fingerprint of an error message; {@code workers} are the names of the farm's machines. */
    public static ErrorFingerprint of(String message, Collection<String> workers) {
        String text = normalise(Headline.of(message), workers);
        return new ErrorFingerprint(text, hash(text.toLowerCase(Locale.ROOT)));
    }

    static String normalise(String line, Collection<String> workers) {
        String text = URL.matcher(line).replaceAll("<url>");
        text = QUOTED.matcher(text).replaceAll(ErrorFingerprint::quoted);
        text = GUID.matcher(text).replaceAll("<guid>");
        text = DATE_TIME.matcher(text).replaceAll("<time>");
        text = paths(text);
        text = withoutWorkers(text, workers);
        text = FRAME_TOKEN.matcher(text).replaceAll("<frame>");
        text = HEX.matcher(text).replaceAll("<hex>");
        text = IP.matcher(text).replaceAll("<ip>");
        text = numbers(text);
        text = text.replaceAll("\\s+", " ").strip();
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT);
    }

    private static String quoted(MatchResult match) {
        String content = "";
        for (int group = 1; group <= match.groupCount(); group++) {
            if (match.group(group) != null) {
                content = match.group(group);
            }
        }
        // A quoted path may hold spaces anywhere, so its start decides.
        String placeholder = PATH_START.matcher(content.strip()).find() ? "<path>" : "<value>";
        return Matcher.quoteReplacement("\"" + placeholder + "\"");
    }

    private static String paths(String text) {
        String result = UNC_PATH.matcher(text).replaceAll("<path>");
        result = WINDOWS_PATH.matcher(result).replaceAll("<path>");
        return POSIX_PATH.matcher(result).replaceAll("<path>");
    }

    private static String withoutWorkers(String text, Collection<String> workers) {
        String result = text;
        for (String worker : workers) {
            if (worker.strip().length() >= 2) {
                result = Pattern.compile("(?i)(?<![\\w-])" + Pattern.quote(worker.strip()) + "(?![\\w-])")
                        .matcher(result)
                        .replaceAll("<worker>");
            }
        }
        return result;
    }

    private static String numbers(String text) {
        Matcher number = NUMBER.matcher(text);
        StringBuilder result = new StringBuilder();
        while (number.find()) {
            String before = text.substring(Math.max(0, number.start() - 16), number.start());
            number.appendReplacement(
                    result, CODE_BEFORE.matcher(before).find() ? Matcher.quoteReplacement(number.group()) : "<n>");
        }
        return number.appendTail(result).toString();
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_CHARACTERS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
