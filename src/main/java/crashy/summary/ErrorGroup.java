package crashy.summary;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The reports of one job that share a fingerprint: how often the error happened, on which tasks (and frames, when the
 * tasks are known) and machines, when it was first and last seen, and the id of the report that stands for them all.
 * {@code headline} is that report's meaningful line as the renderer wrote it, and may still hold secrets.
 */
public record ErrorGroup(
        ErrorFingerprint fingerprint,
        String headline,
        int count,
        List<Integer> tasks,
        List<String> frames,
        List<WorkerReports> workers,
        Instant firstSeen,
        Instant lastSeen,
        String representative) {

    /** How many of the group's reports one machine sent. */
    public record WorkerReports(String worker, int reports) {
        public WorkerReports {
            Objects.requireNonNull(worker, "worker");
        }
    }

    public ErrorGroup {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(headline, "headline");
        tasks = List.copyOf(tasks);
        frames = List.copyOf(frames);
        workers = List.copyOf(workers);
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(lastSeen, "lastSeen");
        Objects.requireNonNull(representative, "representative");
        if (count < 1) {
            throw new IllegalArgumentException("a group holds at least one report");
        }
    }

    /** The machines that reported this error, the most frequent first. */
    public List<String> workerNames() {
        return workers.stream().map(WorkerReports::worker).toList();
    }
}
