package crashy.simulator;

import java.util.List;
import java.util.Optional;

/** {@code /api/tasks?JobID=…}: a job's tasks, one task ({@code &TaskID=n}) or the task ids ({@code &IdOnly=true}). */
final class TasksEndpoint {
    private final SimulatedFarm farm;

    TasksEndpoint(SimulatedFarm farm) {
        this.farm = farm;
    }

    Reply get(Query query) {
        Optional<String> jobId = query.text("JobID");
        if (jobId.isEmpty()) {
            return JobsEndpoint.missingJobId();
        }
        Optional<Integer> taskId = integer(query, "TaskID");
        if (query.has("TaskID") && taskId.isEmpty()) {
            return Reply.badRequest("TaskID must be an integer.");
        }
        Optional<List<TaskView>> tasks = farm.tasks(jobId.get());
        if (tasks.isEmpty()) {
            return JobsEndpoint.unknownJob(jobId.get());
        }
        if (taskId.isPresent()) {
            int index = taskId.get();
            if (index < 0 || index >= tasks.get().size()) {
                return Reply.text(500, "Task " + index + " of job " + jobId.get() + " does not exist.");
            }
            return Reply.json(json -> TaskJson.write(json, tasks.get().get(index)));
        }
        if (query.flag("IdOnly")) {
            return Reply.json(json -> {
                json.writeStartArray();
                for (TaskView task : tasks.get()) {
                    json.writeNumber(task.taskId());
                }
                json.writeEndArray();
            });
        }
        return Reply.json(json -> {
            json.writeStartObject();
            json.writeStringField("ID", jobId.get());
            json.writeArrayFieldStart("Tasks");
            for (TaskView task : tasks.get()) {
                TaskJson.write(json, task);
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    /** An integer parameter; empty if it is missing or not an integer. */
    static Optional<Integer> integer(Query query, String name) {
        try {
            return query.text(name).map(Integer::valueOf);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
