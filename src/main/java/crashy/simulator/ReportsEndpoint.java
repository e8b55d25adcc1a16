package crashy.simulator;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code /api/jobreports} and {@code /api/taskreports}: report objects ({@code Data=all|error|log|requeue}), their
 * full texts ({@code Data=allcontents|allerrorcontents|…}) and, for job reports, one report's text
 * ({@code Data=errorcontents&ReportID=…}).
 */
final class ReportsEndpoint {
    private final SimulatedFarm farm;
    private final Faults faults;

    ReportsEndpoint(SimulatedFarm farm, Faults faults) {
        this.farm = farm;
        this.faults = faults;
    }

    Reply jobReports(Query query) {
        Optional<String> jobId = query.text("JobID");
        if (jobId.isEmpty()) {
            return JobsEndpoint.missingJobId();
        }
        String data = data(query);
        if (data.equals("history")) {
            // The shape of history entries was never observed; an empty list is the honest answer.
            return farm.job(jobId.get()).isPresent() ? Reply.strings(List.of()) : JobsEndpoint.unknownJob(jobId.get());
        }
        if (data.endsWith("contents") && !data.startsWith("all")) {
            return oneReport(query, jobId.get(), data);
        }
        return reports(jobId.get(), -1, data);
    }

    Reply taskReports(Query query) {
        Optional<String> jobId = query.text("JobID");
        if (jobId.isEmpty()) {
            return JobsEndpoint.missingJobId();
        }
        Optional<Integer> task = TasksEndpoint.integer(query, "TaskID");
        if (task.isEmpty()) {
            return Reply.badRequest("TaskID is required and must be an integer.");
        }
        Optional<JobView> job = farm.job(jobId.get());
        if (job.isPresent()
                && (task.get() < 0 || task.get() >= job.get().definition().taskCount())) {
            return Reply.text(500, "Task " + task.get() + " of job " + jobId.get() + " does not exist.");
        }
        return reports(jobId.get(), task.get(), data(query));
    }

    private static String data(Query query) {
        return query.text("Data").orElse("all").toLowerCase(Locale.ROOT);
    }

    private Reply reports(String jobId, int task, String data) {
        boolean contents = data.startsWith("all") && data.endsWith("contents");
        String typeName = contents ? data.substring(3, data.length() - "contents".length()) : data;
        Optional<Optional<ReportType>> type = type(typeName.equals("all") ? "" : typeName);
        if (type.isEmpty()) {
            return Reply.badRequest("Invalid Data value: " + data);
        }
        @Nullable ReportType only = type.get().orElse(null);
        if (contents) {
            Optional<List<String>> texts = farm.reportContents(jobId, task, only);
            return texts.map(list -> list.isEmpty() ? none(only) : Reply.strings(list))
                    .orElseGet(() -> JobsEndpoint.unknownJob(jobId));
        }
        Optional<List<ReportView>> views = farm.reports(jobId, task, only);
        return views.map(list -> list.isEmpty() ? none(only) : objects(list))
                .orElseGet(() -> JobsEndpoint.unknownJob(jobId));
    }

    private Reply oneReport(Query query, String jobId, String data) {
        Optional<Optional<ReportType>> type = type(data.substring(0, data.length() - "contents".length()));
        if (type.isEmpty() || type.get().isEmpty()) {
            return Reply.badRequest("Invalid Data value: " + data);
        }
        Optional<String> reportId = query.text("ReportID");
        if (reportId.isEmpty()) {
            return Reply.badRequest("ReportID is required for Data=" + data + ".");
        }
        if (farm.job(jobId).isEmpty()) {
            return JobsEndpoint.unknownJob(jobId);
        }
        // Assumed wrapping (not observed on a real server): a one-element array, like the all…contents answers.
        return farm.reportContents(jobId, reportId.get(), type.get().get())
                .map(text -> Reply.strings(List.of(text)))
                .orElseGet(() -> none(type.get().get()));
    }

    /** Empty for "all", the type for a known type name, nothing for an unknown one. */
    private static Optional<Optional<ReportType>> type(String name) {
        if (name.isEmpty()) {
            return Optional.of(Optional.empty());
        }
        for (ReportType type : ReportType.values()) {
            if (type.dataName.equals(name)) {
                return Optional.of(Optional.of(type));
            }
        }
        return Optional.empty();
    }

    private Reply none(@Nullable ReportType type) {
        if (!faults.noReportsAsText()) {
            return Reply.strings(List.of());
        }
        // The documentation promises "a message stating that there are no reports"; its wording is unknown.
        return Reply.text(200, "There are no " + (type == null ? "" : type.dataName + " ") + "reports for this job.");
    }

    private static Reply objects(List<ReportView> reports) {
        return Reply.json(json -> {
            json.writeStartArray();
            for (ReportView report : reports) {
                ReportJson.write(json, report);
            }
            json.writeEndArray();
        });
    }
}
