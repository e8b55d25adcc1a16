package crashy.simulator;

import java.util.Objects;

/** One report of a job as the Web Service returns it, with its title written out. */
record ReportView(
        String id,
        JobDefinition job,
        ReportType type,
        int task,
        String frames,
        long date,
        String worker,
        long taskStart,
        String title,
        TaskMetrics metrics) {

    ReportView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(frames, "frames");
        Objects.requireNonNull(worker, "worker");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(metrics, "metrics");
    }

    /** Render time in seconds, as Deadline's {@code TaskTime}. */
    long taskSeconds() {
        return taskStart == SimJob.UNSET ? 0 : Math.max(0, (date - taskStart) / 1000);
    }
}
