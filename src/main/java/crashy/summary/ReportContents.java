package crashy.summary;

import crashy.job.JobId;

/**
 * The full text of one error report, fetched only for the one report that stands for a new error; fits
 * {@code FarmClient::errorReportContents}. May throw when the farm is unreachable: the summary then does without.
 */
@FunctionalInterface
public interface ReportContents {
    String contents(JobId job, String reportId);
}
