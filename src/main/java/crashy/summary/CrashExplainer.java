package crashy.summary;

import crashy.job.ErrorReport;
import crashy.job.JobId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Explains why a job fails: fetches its error reports and tasks and has {@link CrashSummaries} summarise them. Empty
 * when the job has no error reports or the farm does not answer; never throws.
 */
@Component
public final class CrashExplainer {
    private static final Logger log = LoggerFactory.getLogger(CrashExplainer.class);

    private final FailureEvidence evidence;
    private final CrashSummaries summaries;

    public CrashExplainer(FailureEvidence evidence, CrashSummaries summaries) {
        this.evidence = evidence;
        this.summaries = summaries;
    }

    public Optional<CrashSummary> explain(JobId job) {
        return explain(job, CrashSummarizer.NO_PARTIAL_TEXT);
    }

    /** The summary; {@code partialText} gets the language model's text as it streams (from another thread). */
    public Optional<CrashSummary> explain(JobId job, Consumer<String> partialText) {
        try {
            List<ErrorReport> reports = evidence.errorReports(job);
            if (reports.isEmpty()) {
                return Optional.empty();
            }
            JobFailures failures = new JobFailures(job, reports, evidence.tasks(job));
            return Optional.of(summaries.summarize(failures, evidence, partialText));
        } catch (RuntimeException e) {
            log.warn("No crash summary for job={}: {}", job, e.getMessage());
            return Optional.empty();
        }
    }
}
