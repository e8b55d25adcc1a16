package crashy.summary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The few lines of a full Deadline report that explain it: the report's own error text without its stack trace, the
 * renderer warnings logged before the first error, and the log lines around that error. Whole logs run to thousands
 * of lines; a language model needs a dozen.
 */
record LogExcerpt(List<String> error, List<String> warnings, List<String> aroundFirstError) {
    static final int MAX_LINE = 300;
    private static final int ERROR_LINES = 4;
    private static final int WARNINGS = 5;
    private static final int BEFORE = 2;
    private static final int AFTER = 6;

    private static final Pattern RULER = Pattern.compile("^[=*_-]{5,}$");
    private static final Pattern SECTION = Pattern.compile("(?i)^(?:error|type|stack trace|log|error message)$");
    private static final Pattern FRAME = Pattern.compile("^(?:at\\s|File \"|--- end of).*");
    private static final Pattern LOG_PREFIX = Pattern.compile(
            "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}:?\\s+(?:\\d+:\\s+)?(?:(?:STDOUT|STDERR):\\s+)?");
    private static final Pattern STRONG_ERROR = Pattern.compile("(?i)\\bERROR\\b|\\bFATAL\\b|exception\\b|traceback"
            + "|segmentation fault|access violation|out of (?:memory|vram)|no such file|core dumped|cannot find"
            + "|unable to find|could not obtain");
    private static final Pattern WEAK_ERROR = Pattern.compile(
            "(?i)\\bfail(?:ed|ure)?\\b|\\bcannot\\b|\\bunable to\\b" + "|\\bcould not\\b|\\bnot found\\b");
    private static final Pattern NOT_AN_ERROR = Pattern.compile("(?i)\\b(?:0|no) errors?\\b|errors?\\s*[:=]\\s*0\\b"
            + "|error (?:checking|handling|reporting|log)|abort on (?:error|license fail)|on error\\b");
    private static final Pattern WARNING = Pattern.compile("(?i)\\bwarn(?:ing)?\\b");

    LogExcerpt {
        error = List.copyOf(error);
        warnings = List.copyOf(warnings);
        aroundFirstError = List.copyOf(aroundFirstError);
    }

    static LogExcerpt of(String contents) {
        List<String> raw = contents.lines().toList();
        List<String> lines = raw.stream().map(String::strip).toList();
        int logStart = sectionStart(lines, "log");
        List<String> log = logStart < 0 ? lines : lines.subList(logStart, lines.size());
        List<String> error = errorSection(raw, sectionStart(lines, "error"));
        int first = firstError(log, STRONG_ERROR);
        first = first >= 0 ? first : firstError(log, WEAK_ERROR);
        if (first < 0) {
            return new LogExcerpt(error, List.of(), List.of());
        }
        int from = Math.max(0, first - BEFORE);
        List<String> around = new ArrayList<>();
        log.subList(from, Math.min(log.size(), first + AFTER + 1)).forEach(line -> around.add(shown(line)));
        return new LogExcerpt(error, warningsBefore(log.subList(0, from)), withoutRepeats(around));
    }

    boolean isEmpty() {
        return error.isEmpty() && warnings.isEmpty() && aroundFirstError.isEmpty();
    }

    /** The index of the first line after the ruler under a section title like "Log", or -1. */
    private static int sectionStart(List<String> lines, String title) {
        for (int i = 1; i + 1 < lines.size(); i++) {
            if (lines.get(i).equalsIgnoreCase(title)
                    && RULER.matcher(lines.get(i - 1)).matches()
                    && RULER.matcher(lines.get(i + 1)).matches()) {
                return i + 2;
            }
        }
        return -1;
    }

    /** The error text without its stack trace: Deadline indents frames and source lines, the message is not. */
    private static List<String> errorSection(List<String> raw, int start) {
        List<String> error = new ArrayList<>();
        for (int i = Math.max(start, 0); start >= 0 && i < raw.size() && error.size() < ERROR_LINES; i++) {
            String line = raw.get(i);
            if (RULER.matcher(line.strip()).matches()) {
                break;
            }
            if (!line.isBlank()
                    && !Character.isWhitespace(line.charAt(0))
                    && !FRAME.matcher(line).matches()) {
                error.add(shown(line.strip()));
            }
        }
        return error;
    }

    private static int firstError(List<String> log, Pattern marker) {
        for (int i = 0; i < log.size(); i++) {
            String line = log.get(i);
            if (marker.matcher(line).find()
                    && !NOT_AN_ERROR.matcher(line).find()
                    && !SECTION.matcher(line).matches()) {
                return i;
            }
        }
        return -1;
    }

    /** The last few distinct warnings; a renderer repeats one warning per bucket or tile. */
    private static List<String> warningsBefore(List<String> log) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> warnings = new ArrayList<>();
        for (int i = log.size() - 1; i >= 0 && warnings.size() < WARNINGS; i--) {
            String line = shown(log.get(i));
            if (WARNING.matcher(line).find() && seen.add(ErrorFingerprint.normalise(line, List.of()))) {
                warnings.add(0, line);
            }
        }
        return warnings;
    }

    private static List<String> withoutRepeats(List<String> lines) {
        List<String> result = new ArrayList<>();
        for (String line : lines) {
            if (result.isEmpty() || !result.get(result.size() - 1).equals(line)) {
                result.add(line);
            }
        }
        return result;
    }

    /** A line without Deadline's timestamp and thread prefix, cut to a sane length. */
    private static String shown(String line) {
        String shown = LOG_PREFIX.matcher(line).replaceFirst("");
        return shown.length() <= MAX_LINE ? shown : shown.substring(0, MAX_LINE - 1) + "…";
    }
}
