package crashy.summary;

import crashy.job.ErrorReport;
import crashy.job.JobId;
import crashy.job.Task;
import java.util.List;

/**
 * Where a failed job's evidence comes from: its error reports, its tasks and the full text of one report. Every call
 * may throw when the farm does not answer; explanations then do without.
 */
public interface FailureEvidence extends ReportContents {
    List<ErrorReport> errorReports(JobId job);

    List<Task> tasks(JobId job);
}
