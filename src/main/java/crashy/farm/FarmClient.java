package crashy.farm;

import crashy.job.ErrorReport;
import crashy.job.Job;
import crashy.job.JobId;
import crashy.job.Task;
import java.util.Collection;
import java.util.List;

/**
 * What Crashy needs from the farm. Every call either answers or throws {@link FarmUnavailableException}; none blocks
 * longer than the configured timeout.
 */
public interface FarmClient {
    /** The server's version banner, e.g. {@code Deadline Web Service 10.1 [v10.1.20.3 Release]}. */
    String version();

    /** Every job on the farm with all its fields: the most expensive call there is, use it rarely. */
    List<Job> allJobs();

    /** Every job in one state with all its fields (the documented {@code States=} form). */
    List<Job> jobsIn(StateFilter state);

    /** The ids of every job on the farm (the documented {@code IdOnly=true} form). */
    List<JobId> jobIds();

    /**
     * The ids of the jobs in one state ({@code States=..&IdOnly=true}). The documentation does not show these two
     * parameters together, so callers check this against {@link #jobsIn} before relying on it.
     */
    List<JobId> jobIdsIn(StateFilter state);

    /** The jobs with these ids; ids the farm does not know are left out of the answer. */
    List<Job> jobs(Collection<JobId> ids);

    List<Task> tasks(JobId job);

    /** The error reports of a job, oldest first. */
    List<ErrorReport> errorReports(JobId job);

    /** The full text (log) of one error report of a job. */
    String errorReportContents(JobId job, String reportId);

    List<Worker> workers();

    /** The Deadline user names. */
    List<String> userNames();
}
