package crashy.farm;

import crashy.job.ErrorReport;
import crashy.job.JobId;
import crashy.job.Task;
import crashy.summary.FailureEvidence;
import java.util.List;
import org.springframework.stereotype.Component;

/** A failed job's evidence as the Deadline Web Service holds it. */
@Component
final class FarmFailureEvidence implements FailureEvidence {
    private final FarmClient farm;

    FarmFailureEvidence(FarmClient farm) {
        this.farm = farm;
    }

    @Override
    public List<ErrorReport> errorReports(JobId job) {
        return farm.errorReports(job);
    }

    @Override
    public List<Task> tasks(JobId job) {
        return farm.tasks(job);
    }

    @Override
    public String contents(JobId job, String reportId) {
        return farm.errorReportContents(job, reportId);
    }
}
