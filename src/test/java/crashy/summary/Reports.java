package crashy.summary;

import crashy.job.ErrorReport;
import crashy.job.JobId;
import crashy.job.Task;
import crashy.job.TaskState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Small fixture factories for error reports and tasks of one job. */
final class Reports {
    static final JobId JOB = new JobId("60ae9508f69eb6110034df45");
    static final Instant START = Instant.parse("2026-03-14T10:00:00Z");

    private Reports() {}

    static ErrorReport report(String id, int task, String worker, int minute, String message) {
        return new ErrorReport(id, JOB, task, worker, START.plusSeconds(60L * minute), message);
    }

    /** One report per task, the tasks spread over the workers in turn. */
    static List<ErrorReport> onEveryTask(String message, int tasks, String... workers) {
        List<ErrorReport> reports = new ArrayList<>();
        for (int task = 0; task < tasks; task++) {
            reports.add(
                    report("r" + message.hashCode() + "-" + task, task, workers[task % workers.length], task, message));
        }
        return reports;
    }

    /** The same reports, as another job's. */
    static List<ErrorReport> ofJob(JobId job, List<ErrorReport> reports) {
        return reports.stream()
                .map(report -> new ErrorReport(
                        job.value() + "-" + report.id(),
                        job,
                        report.task(),
                        report.worker(),
                        report.reportedAt(),
                        report.message()))
                .toList();
    }

    static Task completed(int id, String worker) {
        return new Task(JOB, id, id + "-" + id, TaskState.COMPLETED, worker, 0, START, START.plusSeconds(600));
    }

    static Task failed(int id, String worker) {
        return new Task(JOB, id, id + "-" + id, TaskState.FAILED, worker, 5, START, null);
    }

    /** Tasks {@code from} to {@code to} completed, spread over the workers in turn. */
    static List<Task> completed(int from, int to, String... workers) {
        List<Task> tasks = new ArrayList<>();
        for (int id = from; id <= to; id++) {
            tasks.add(completed(id, workers[id % workers.length]));
        }
        return tasks;
    }
}
