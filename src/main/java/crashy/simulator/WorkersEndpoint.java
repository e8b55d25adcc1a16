package crashy.simulator;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /api/slaves} (worker names, info, settings or both, optionally for some {@code Name}s) and
 * {@code /api/slavesrenderingjob} (the workers rendering a job).
 */
final class WorkersEndpoint {
    private final SimulatedFarm farm;

    WorkersEndpoint(SimulatedFarm farm) {
        this.farm = farm;
    }

    Reply workers(Query query) {
        List<String> names = query.list("Name");
        List<WorkerView> workers = farm.workers().stream()
                .filter(worker -> names.isEmpty() || names.contains(worker.name()))
                .toList();
        if (query.flag("NamesOnly")) {
            return Reply.strings(workers.stream().map(WorkerView::name).toList());
        }
        long now = farm.now().toEpochMilli();
        String data = query.text("Data").orElse("info").toLowerCase(Locale.ROOT);
        return switch (data) {
            case "info" -> array(workers, worker -> json -> WorkerJson.info(json, worker, now));
            case "settings" -> array(workers, worker -> json -> WorkerJson.settings(json, worker));
            case "infosettings" ->
                array(workers, worker -> json -> {
                    json.writeStartObject();
                    json.writeFieldName("Info");
                    WorkerJson.info(json, worker, now);
                    json.writeFieldName("Settings");
                    WorkerJson.settings(json, worker);
                    json.writeEndObject();
                });
            // Worker reports and history are not simulated; an empty list keeps clients that ask working.
            case "reports", "reportcontents", "history" -> Reply.strings(List.of());
            default -> Reply.badRequest("Invalid Data value: " + data);
        };
    }

    private interface Writer {
        Reply.JsonBody of(WorkerView worker);
    }

    private static Reply array(List<WorkerView> workers, Writer writer) {
        return Reply.json(json -> {
            json.writeStartArray();
            for (WorkerView worker : workers) {
                writer.of(worker).write(json);
            }
            json.writeEndArray();
        });
    }

    Reply renderingJob(Query query) {
        Optional<String> jobId = query.text("JobID");
        if (jobId.isEmpty()) {
            return JobsEndpoint.missingJobId();
        }
        boolean addresses = query.flag("GetIpAddress");
        return Reply.strings(farm.workers().stream()
                .filter(worker -> worker.status() == WorkerStatus.RENDERING)
                .filter(worker -> worker.job() != null && worker.job().id().equals(jobId.get()))
                .map(worker -> addresses ? worker.ip() : worker.name())
                .toList());
    }
}
