package crashy.simulator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The reports of one job as the Web Service lists them: the stored error and requeue reports plus a log report for
 * every completed task, made up on demand so a farm of a million finished tasks does not store a million logs.
 * Oldest first.
 */
final class JobReports {
    private final FarmState farm;
    private final SimJob job;

    JobReports(FarmState farm, SimJob job) {
        this.farm = farm;
        this.job = job;
    }

    /** Reports of one task ({@code task} ≥ 0) or of the whole job, of one type or (null) of all types. */
    List<Report> select(int task, @Nullable ReportType type) {
        List<Report> reports = new ArrayList<>();
        for (Report report : job.reports) {
            if ((task < 0 || report.task() == task) && (type == null || report.type() == type)) {
                reports.add(report);
            }
        }
        if (type == null || type == ReportType.LOG) {
            int first = Math.max(0, task);
            int last = task < 0 ? job.taskCount() - 1 : task;
            for (int index = first; index <= last; index++) {
                if (job.taskStatus(index) == TaskStatus.COMPLETED && job.taskEnd(index) != SimJob.UNSET) {
                    reports.add(logReport(index));
                }
            }
            reports.sort(Comparator.comparingLong(Report::date));
        }
        return reports;
    }

    private Report logReport(int task) {
        long end = job.taskEnd(task);
        return new Report(
                ObjectIds.derived(end, job.id(), task),
                ReportType.LOG,
                task,
                end,
                job.taskWorker(task),
                job.taskStart(task),
                null,
                null);
    }

    Optional<Report> find(String reportId, ReportType type) {
        return select(-1, type).stream()
                .filter(report -> report.id().equals(reportId))
                .findFirst();
    }

    ReportView view(Report report) {
        JobDefinition definition = job.definition;
        String frames = report.task() < 0
                ? definition.frames()
                : definition.firstFrameOf(report.task()) + "-" + definition.lastFrameOf(report.task());
        @Nullable SimWorker worker = worker(report);
        long renderMillis = report.taskStart() == SimJob.UNSET ? 0 : report.date() - report.taskStart();
        return new ReportView(
                report.id(),
                definition,
                report.type(),
                report.task(),
                frames,
                report.date(),
                worker == null ? "" : worker.name,
                report.taskStart(),
                text(report).title(),
                TaskMetrics.of(report.id().hashCode(), renderMillis, worker == null ? 64L << 30 : worker.ram()));
    }

    ReportText text(Report report) {
        return new ReportText(job.definition, report, worker(report));
    }

    private @Nullable SimWorker worker(Report report) {
        return report.worker() == SimJob.NO_WORKER ? null : farm.worker(report.worker());
    }
}
