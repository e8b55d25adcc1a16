package crashy.summary;

import java.util.List;
import java.util.Objects;

/**
 * What a language model is shown about one error: the job's error groups (fingerprint, counts, machines), the
 * machine-or-scene judgement, and from one representative report only the lines that matter. Always redacted and
 * never more than {@link #MAX_TOKENS} estimated tokens, so that one call, instructions included, stays within
 * {@link #CALL_TOKEN_LIMIT}.
 */
public record Evidence(ErrorFingerprint fingerprint, String text) {
    /** The most input tokens one summary call may cost, instructions included. */
    public static final int CALL_TOKEN_LIMIT = 1500;
    /** What an adapter may spend on its instructions and message framing. */
    public static final int INSTRUCTION_ALLOWANCE = 300;

    public static final int MAX_TOKENS = CALL_TOKEN_LIMIT - INSTRUCTION_ALLOWANCE;

    private static final int MAX_GROUPS = 5;
    private static final int MAX_WORKERS_NAMED = 4;
    private static final int HEADER_CHARS = 1200;
    private static final int EXCERPT_CHARS = 1400;
    private static final int WARNING_CHARS = 800;

    public Evidence {
        Objects.requireNonNull(fingerprint, "fingerprint");
        text = Redaction.redact(text);
        int maxChars = MAX_TOKENS * 4;
        text = text.length() <= maxChars ? text : text.substring(0, maxChars - 1) + "…";
    }

    /**
     * The evidence about {@code focus}, one of the job's {@code groups}, with the full text of its representative
     * report ({@code contents}, empty when it could not be fetched).
     */
    public static Evidence of(ErrorGroup focus, List<ErrorGroup> groups, Attribution attribution, String contents) {
        LogExcerpt excerpt = LogExcerpt.of(Redaction.redact(contents));
        StringBuilder text = new StringBuilder();
        text.append(capped(header(focus, groups, attribution), HEADER_CHARS));
        List<String> error = excerpt.error().isEmpty() ? List.of(focus.headline()) : excerpt.error();
        text.append(capped(
                section("Error text of one report (" + focus.workerNames().get(0) + ")", error), EXCERPT_CHARS));
        text.append(capped(section("Renderer warnings before the first error", excerpt.warnings()), WARNING_CHARS));
        text.append(capped(section("Log lines around the first error", excerpt.aroundFirstError()), EXCERPT_CHARS));
        return new Evidence(focus.fingerprint(), text.toString().strip());
    }

    public int tokens() {
        return Tokens.estimate(text);
    }

    private static String header(ErrorGroup focus, List<ErrorGroup> groups, Attribution attribution) {
        StringBuilder header = new StringBuilder("A render job failed on a Deadline farm. Its error groups, largest"
                + " first, with placeholders for paths, numbers and machine names:\n");
        List<ErrorGroup> shown = groups.size() <= MAX_GROUPS ? groups : groups.subList(0, MAX_GROUPS);
        for (int i = 0; i < shown.size(); i++) {
            ErrorGroup group = shown.get(i);
            header.append(i + 1)
                    .append(". ")
                    .append(counts(group))
                    .append(": ")
                    .append(group.fingerprint().text());
            header.append(group.fingerprint().equals(focus.fingerprint()) ? "  <- explain this one\n" : "\n");
        }
        if (groups.size() > shown.size()) {
            header.append("(").append(groups.size() - shown.size()).append(" smaller groups left out)\n");
        }
        return header.append("Crashy's machine check for it: ")
                .append(attribution.text())
                .append("\n")
                .toString();
    }

    private static String counts(ErrorGroup group) {
        List<String> workers = group.workerNames();
        String named = String.join(", ", workers.subList(0, Math.min(MAX_WORKERS_NAMED, workers.size())))
                + (workers.size() > MAX_WORKERS_NAMED ? ", +" + (workers.size() - MAX_WORKERS_NAMED) : "");
        return plural(group.count(), "report") + ", " + plural(group.tasks().size(), "task") + ", "
                + plural(workers.size(), "machine") + " (" + named + ")";
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static String section(String title, List<String> lines) {
        return lines.isEmpty() ? "" : "\n" + title + ":\n" + String.join("\n", lines) + "\n";
    }

    private static String capped(String text, int maxChars) {
        return text.length() <= maxChars ? text : text.substring(0, maxChars - 1) + "…\n";
    }
}
