package crashy.summary;

import crashy.job.ErrorReport;
import crashy.job.JobId;
import crashy.job.Task;
import java.util.List;
import java.util.Objects;

/** What the farm said about a failing job: its error reports and its tasks (to tell healthy machines and frames). */
public record JobFailures(JobId job, List<ErrorReport> reports, List<Task> tasks) {
    public JobFailures {
        Objects.requireNonNull(job, "job");
        reports = List.copyOf(reports);
        tasks = List.copyOf(tasks);
    }
}
