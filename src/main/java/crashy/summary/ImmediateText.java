package crashy.summary;

import java.util.List;

/**
 * Writes the summary Crashy sends at once: what happened to the largest error, machine or scene, what to try, and a
 * word on the other errors. Redacted, because error lines can quote URLs with passwords.
 */
final class ImmediateText {
    private static final int OTHERS_SHOWN = 2;
    private static final int MAX_OTHER = 100;

    private ImmediateText() {}

    static String of(List<GroupSummary> groups) {
        if (groups.isEmpty()) {
            return "The job failed without error reports, so there is nothing to explain yet.";
        }
        GroupSummary main = groups.get(0);
        StringBuilder text = new StringBuilder(main.rule().happened())
                .append(" (")
                .append(counts(main.group()))
                .append(") ")
                .append(main.attribution().text())
                .append(" Try: ")
                .append(advice(main));
        text.append(others(groups.subList(1, groups.size())));
        return Redaction.redact(text.toString());
    }

    private static String others(List<GroupSummary> others) {
        if (others.isEmpty()) {
            return "";
        }
        List<String> named = others.stream()
                .limit(OTHERS_SHOWN)
                .map(other ->
                        cut(other.group().headline()) + " (×" + other.group().count() + ")")
                .toList();
        return (others.size() == 1 ? " Also 1 other error: " : " Also " + others.size() + " other errors: ")
                + String.join("; ", named)
                + (others.size() > OTHERS_SHOWN ? "; …" : ".");
    }

    /** A machine's fault is fixed by avoiding the machine, whatever the error was. */
    private static String advice(GroupSummary summary) {
        Attribution attribution = summary.attribution();
        if (attribution.verdict() != Attribution.Verdict.MACHINE) {
            return summary.rule().advice();
        }
        String machines = String.join(", ", attribution.suspects());
        return "requeue the failed tasks so other machines take them (add " + machines + " to the job's deny list)"
                + " and tell the farm admins about " + machines + ".";
    }

    private static String counts(ErrorGroup group) {
        int machines = group.workers().size();
        return group.count() + (group.count() == 1 ? " error" : " errors") + " on "
                + group.tasks().size()
                + (group.tasks().size() == 1 ? " task" : " tasks") + ", " + machines
                + (machines == 1 ? " machine" : " machines");
    }

    private static String cut(String line) {
        String trimmed = line.replaceAll("[.\\s]+$", "");
        return trimmed.length() <= MAX_OTHER ? trimmed : trimmed.substring(0, MAX_OTHER - 1) + "…";
    }
}
