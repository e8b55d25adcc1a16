package crashy.farm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import crashy.job.Job;
import crashy.job.JobId;
import crashy.job.JobOutput;
import crashy.job.JobState;
import crashy.job.TaskCounts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Writes a {@link Job} as compact JSON for the store and reads it back; written by hand to keep the format stable. */
final class JobCodec {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JobCodec() {}

    static String write(Job job) {
        ObjectNode node = JSON.createObjectNode()
                .put("id", job.id().value())
                .put("name", job.name())
                .put("batch", job.batch())
                .put("user", job.user())
                .put("plugin", job.plugin())
                .put("pool", job.pool())
                .put("group", job.group())
                .put("priority", job.priority())
                .put("state", job.state().name())
                .put("errors", job.errors());
        TaskCounts tasks = job.tasks();
        node.putArray("tasks")
                .add(tasks.queued())
                .add(tasks.rendering())
                .add(tasks.completed())
                .add(tasks.failed())
                .add(tasks.suspended())
                .add(tasks.pending());
        putInstant(node, "submitted", job.submitted());
        putInstant(node, "started", job.started());
        putInstant(node, "completed", job.completed());
        ArrayNode outputs = node.putArray("outputs");
        job.outputs()
                .forEach(output -> outputs.addArray().add(output.directory()).add(output.filePattern()));
        return node.toString();
    }

    static Job read(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            JsonNode tasks = node.get("tasks");
            List<JobOutput> outputs = new ArrayList<>();
            node.get("outputs")
                    .forEach(o -> outputs.add(
                            new JobOutput(o.get(0).asText(), o.get(1).asText())));
            return new Job(
                    new JobId(node.get("id").asText()),
                    node.get("name").asText(),
                    node.get("batch").asText(),
                    node.get("user").asText(),
                    node.get("plugin").asText(),
                    node.get("pool").asText(),
                    node.get("group").asText(),
                    node.get("priority").asInt(),
                    JobState.valueOf(node.get("state").asText()),
                    new TaskCounts(
                            tasks.get(0).asInt(),
                            tasks.get(1).asInt(),
                            tasks.get(2).asInt(),
                            tasks.get(3).asInt(),
                            tasks.get(4).asInt(),
                            tasks.get(5).asInt()),
                    node.get("errors").asInt(),
                    instant(node, "submitted"),
                    instant(node, "started"),
                    instant(node, "completed"),
                    outputs);
        } catch (JsonProcessingException | RuntimeException e) {
            throw new IllegalStateException("a stored job could not be read back: " + e.getMessage(), e);
        }
    }

    private static void putInstant(ObjectNode node, String field, @Nullable Instant value) {
        if (value != null) {
            node.put(field, value.toString());
        }
    }

    private static @Nullable Instant instant(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : Instant.parse(value.asText());
    }
}
