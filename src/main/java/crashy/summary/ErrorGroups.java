package crashy.summary;

import crashy.job.ErrorReport;
import crashy.job.Task;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Groups a job's error reports by fingerprint, so a hundred reports of one error become one group. */
public final class ErrorGroups {
    private ErrorGroups() {}

    /** The groups, the largest first; {@code tasks} name the frames and the machines to recognise in messages. */
    public static List<ErrorGroup> of(List<ErrorReport> reports, List<Task> tasks) {
        Set<String> workers = new LinkedHashSet<>();
        reports.forEach(report -> workers.add(report.worker()));
        tasks.forEach(task -> workers.add(task.worker()));
        Map<String, List<ErrorReport>> byHash = new LinkedHashMap<>();
        Map<String, ErrorFingerprint> fingerprints = new HashMap<>();
        for (ErrorReport report : oldestFirst(reports)) {
            ErrorFingerprint fingerprint = ErrorFingerprint.of(report.message(), workers);
            fingerprints.putIfAbsent(fingerprint.hash(), fingerprint);
            byHash.computeIfAbsent(fingerprint.hash(), hash -> new ArrayList<>())
                    .add(report);
        }
        Map<Integer, String> frames = new HashMap<>();
        tasks.forEach(task -> frames.put(task.id(), task.frames()));
        return byHash.entrySet().stream()
                .map(entry -> group(fingerprints.get(entry.getKey()), entry.getValue(), frames))
                .sorted(Comparator.comparingInt(ErrorGroup::count).reversed().thenComparing(ErrorGroup::firstSeen))
                .toList();
    }

    private static ErrorGroup group(
            ErrorFingerprint fingerprint, List<ErrorReport> reports, Map<Integer, String> frames) {
        ErrorReport first = reports.get(0);
        String headline = Headline.of(first.message());
        Set<Integer> taskIds = new TreeSet<>();
        reports.forEach(report -> taskIds.add(report.task()));
        List<String> knownFrames =
                taskIds.stream().filter(frames::containsKey).map(frames::get).toList();
        return new ErrorGroup(
                fingerprint,
                headline.isEmpty() ? fingerprint.text() : headline,
                reports.size(),
                List.copyOf(taskIds),
                knownFrames,
                workersOf(reports),
                first.reportedAt(),
                reports.get(reports.size() - 1).reportedAt(),
                first.id());
    }

    /** The machines and how many reports each sent, the most first. */
    private static List<ErrorGroup.WorkerReports> workersOf(List<ErrorReport> reports) {
        Map<String, Integer> perWorker = new HashMap<>();
        reports.forEach(report -> perWorker.merge(report.worker(), 1, Integer::sum));
        return perWorker.entrySet().stream()
                .map(entry -> new ErrorGroup.WorkerReports(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparingInt(ErrorGroup.WorkerReports::reports)
                        .reversed()
                        .thenComparing(ErrorGroup.WorkerReports::worker))
                .toList();
    }

    private static List<ErrorReport> oldestFirst(List<ErrorReport> reports) {
        List<ErrorReport> sorted = new ArrayList<>(reports);
        sorted.sort(Comparator.comparing(ErrorReport::reportedAt));
        return sorted;
    }
}
