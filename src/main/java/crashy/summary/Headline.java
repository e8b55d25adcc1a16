package crashy.summary;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the line of an error message that says what went wrong: not a stack frame, ruler or bare "Error:", and without
 * the prefixes Deadline and the renderers put in front (log timestamps, {@code 0: STDOUT:}, exception class names).
 */
final class Headline {
    private static final int MAX_LENGTH = 300;

    private static final List<Pattern> PREFIXES = List.of(
            // Deadline's log lines: "2025-11-19 13:52:24:  0: STDOUT: "
            Pattern.compile("^\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}:\\d{2}(?:[.,]\\d+)?:?\\s+"),
            Pattern.compile("^\\d+:\\s+(?=STDOUT|STDERR|INFO|WARNING)"),
            Pattern.compile("^(?:STDOUT|STDERR):\\s*"),
            // Arnold's elapsed time and memory: "00:00:02   512MB "
            Pattern.compile("^\\d{1,2}:\\d{2}:\\d{2}(?:\\.\\d+)?\\s+(?:\\d+\\s*[MG]B\\s+)?"),
            Pattern.compile("^Error in [A-Za-z]+:\\s*"),
            // A renderer's tag in front of its own error marker: "[arnold] ERROR   | "
            Pattern.compile("^\\[[\\w -]+\\]\\s*(?=(?:ERROR|Error|FATAL)\\s*[|:])"),
            // Wrappers, not causes: "Error: ", "FailRenderException : ", "RenderPluginException -- ",
            // "System.IO.IOException: "; a Python "KeyError: 'SHOW'" keeps its type because it is the cause.
            Pattern.compile("^(?:(?:[\\w`]+\\.)*(?:FailRender|RenderPlugin|Python|Plugin)?Exception|System(?:\\.\\w+)+"
                    + "Exception|Error|ERROR|error|FATAL)\\s*(?::|--|-|\\|)\\s*"));

    private static final Pattern TRACEBACK = Pattern.compile("(?i)^traceback \\(most recent call last\\):?$");
    private static final Pattern RAISED = Pattern.compile("^[\\w.]+(?:Error|Exception|Exit|Interrupt)\\b.*");

    private static final Pattern SKIPPED = Pattern.compile(
            "(?i)^(?:[=*_#~-]{3,}|at\\s.*|file \".*\", line \\d+.*|--- end of .*|(?:error|exception|type|stack trace|log|"
                    + "error message|traceback \\(most recent call last\\)):?|(?:scheduler thread - )?render thread \\d+ "
                    + "threw a major error:?)$");

    private Headline() {}

    /** The meaningful line, stripped of its prefixes; the first non-blank line if none qualifies. */
    static String of(String message) {
        List<String> lines = message.lines().map(String::strip).toList();
        boolean inTraceback = false;
        for (String line : lines) {
            // A Python traceback lists frames and source lines first; what went wrong is the exception line after them.
            String stripped = withoutPrefixes(line);
            inTraceback = TRACEBACK.matcher(stripped).matches()
                    || (inTraceback && !RAISED.matcher(line).matches());
            if (!inTraceback && isMeaningful(line, stripped)) {
                return cut(stripped);
            }
        }
        return cut(lines.stream().filter(line -> !line.isEmpty()).findFirst().orElse(""));
    }

    private static boolean isMeaningful(String line, String stripped) {
        return !stripped.isEmpty()
                && !SKIPPED.matcher(line).matches()
                && !SKIPPED.matcher(stripped).matches();
    }

    static String withoutPrefixes(String line) {
        String current = line.strip();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Pattern prefix : PREFIXES) {
                String next = prefix.matcher(current).replaceFirst("").strip();
                if (!next.equals(current)) {
                    current = next;
                    changed = true;
                }
            }
        }
        return current;
    }

    private static String cut(String line) {
        return line.length() <= MAX_LENGTH ? line : line.substring(0, MAX_LENGTH - 1) + "…";
    }
}
