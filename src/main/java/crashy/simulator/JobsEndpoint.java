package crashy.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code /api/jobs}: every job, jobs in some states, jobs by id, their ids only, or their details; and the
 * {@code PUT} commands and {@code DELETE} of the Monitor.
 */
final class JobsEndpoint {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final SimulatedFarm farm;
    private final Faults faults;

    JobsEndpoint(SimulatedFarm farm, Faults faults) {
        this.farm = farm;
        this.faults = faults;
    }

    Reply get(Query query) {
        if (query.flag("Deleted")) {
            // The simulator forgets deleted jobs, so it never has any to list.
            return Reply.strings(List.of());
        }
        List<String> ids = query.list("JobID");
        if (!ids.isEmpty()) {
            return query.flag("Details") ? details(ids) : jobs(byId(ids), false);
        }
        boolean idOnly = query.flag("IdOnly");
        if (!query.has("States")) {
            return jobs(farm.jobs(), idOnly);
        }
        Set<JobStatus> states = EnumSet.noneOf(JobStatus.class);
        for (String name : query.list("States")) {
            Optional<JobStatus> status = JobStatus.byFilterName(name);
            if (status.isEmpty()) {
                return Reply.badRequest("Invalid job state: " + name);
            }
            states.add(status.get());
        }
        List<JobView> inStates = farm.jobs().stream()
                .filter(job -> states.contains(job.status()))
                .toList();
        if (!idOnly) {
            return jobs(inStates, false);
        }
        return switch (faults.statesWithIdOnly()) {
            case HONOUR_BOTH -> jobs(inStates, true);
            case IGNORE_ID_ONLY -> jobs(inStates, false);
            case IGNORE_STATES -> jobs(farm.jobs(), true);
        };
    }

    private List<JobView> byId(List<String> ids) {
        List<JobView> found = new ArrayList<>();
        ids.forEach(id -> farm.job(id).ifPresent(found::add));
        return found;
    }

    private static Reply jobs(List<JobView> jobs, boolean idOnly) {
        return Reply.json(json -> {
            json.writeStartArray();
            for (JobView job : jobs) {
                if (idOnly) {
                    json.writeString(job.id());
                } else {
                    JobJson.write(json, job);
                }
            }
            json.writeEndArray();
        });
    }

    private Reply details(List<String> ids) {
        List<JobDetails> found = new ArrayList<>();
        ids.forEach(id -> farm.details(id).ifPresent(found::add));
        return Reply.json(json -> {
            json.writeStartObject();
            for (JobDetails details : found) {
                json.writeObjectFieldStart(details.view().id());
                JobDetailsJson.write(json, details);
                json.writeEndObject();
            }
            json.writeEndObject();
        });
    }

    /** The Monitor's job commands, e.g. {@code {"Command":"suspend","JobID":"…"}}. */
    Reply put(byte[] body) {
        JsonNode request;
        try {
            request = MAPPER.readTree(body);
        } catch (IOException e) {
            return Reply.badRequest("The request body is not valid JSON.");
        }
        String command = request.path("Command").asText("").toLowerCase(Locale.ROOT);
        String id = request.path("JobID").asText("");
        Optional<Consumer<String>> action = command(command);
        if (action.isEmpty()) {
            return Reply.badRequest("Unknown or missing Command: " + command);
        }
        if (farm.job(id).isEmpty()) {
            return unknownJob(id);
        }
        action.get().accept(id);
        return Reply.text(200, "Success");
    }

    private Optional<Consumer<String>> command(String command) {
        return Optional.ofNullable(
                switch (command) {
                    case "suspend" -> farm::suspendJob;
                    case "resume" -> farm::resumeJob;
                    case "requeue" -> farm::requeueJob;
                    case "fail" -> farm::failJob;
                    case "complete" -> farm::completeJob;
                    case "pend" -> farm::pendJob;
                    case "releasepending" -> farm::releasePendingJob;
                    default -> null;
                });
    }

    Reply delete(Query query) {
        List<String> ids = query.list("JobID");
        if (ids.isEmpty()) {
            return missingJobId();
        }
        ids.stream().filter(id -> farm.job(id).isPresent()).forEach(farm::deleteJob);
        return Reply.text(200, "Success");
    }

    /** Shared with the other endpoints: the 400 for a missing job id. */
    static Reply missingJobId() {
        return Reply.badRequest("JobID is required.");
    }

    static Reply unknownJob(String id) {
        return Reply.text(500, "Job " + id + " does not exist.");
    }
}
