package crashy.simulator;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * Writes the human-readable details of a job ({@code /api/jobs?JobID=…&Details=true}): sections of string values, as
 * the Monitor's job details panel shows them.
 */
final class JobDetailsJson {
    private JobDetailsJson() {}

    static void write(JsonGenerator json, JobDetails details) throws IOException {
        JobView job = details.view();
        JobDefinition definition = job.definition();
        TaskCounts tasks = job.tasks();
        json.writeObjectFieldStart("Job");
        json.writeStringField("Name", definition.name());
        json.writeStringField("Comment", "");
        json.writeStringField("Plugin", definition.plugin());
        json.writeStringField("Frames", definition.frames());
        json.writeStringField("Chunk Size", Integer.toString(definition.spec().chunkSize()));
        json.writeStringField("Batch Name", definition.spec().batch());
        json.writeStringField("User", definition.user());
        json.writeStringField(
                "Submit Date", DeadlineDates.monitor(definition.submitted().toEpochMilli()));
        json.writeStringField("Submit Machine", definition.machine());
        json.writeStringField("Status", status(job));
        json.writeStringField("Priority", Integer.toString(definition.priority()));
        json.writeStringField("Pool", definition.spec().pool());
        json.writeStringField("Group", definition.spec().group());
        json.writeStringField("Errors", Integer.toString(job.errors()));
        json.writeEndObject();
        json.writeObjectFieldStart("Task States");
        json.writeStringField("Queued", Integer.toString(tasks.queued()));
        json.writeStringField("Rendering", Integer.toString(tasks.rendering()));
        json.writeStringField("Completed", Integer.toString(tasks.completed()));
        json.writeStringField("Suspended", Integer.toString(tasks.suspended()));
        json.writeStringField("Failed", Integer.toString(tasks.failed()));
        json.writeStringField("Pending", Integer.toString(tasks.pending()));
        json.writeEndObject();
        json.writeObjectFieldStart("Statistics");
        json.writeStringField("Average Task Time", DeadlineDates.daysHoursMinutesSeconds(details.averageTaskMillis()));
        json.writeStringField(
                "Estimated Time Remaining", DeadlineDates.daysHoursMinutesSeconds(details.remainingMillis()));
        json.writeStringField(
                "Total Task Render Time", DeadlineDates.daysHoursMinutesSeconds(details.totalRenderMillis()));
        json.writeEndObject();
        json.writeObjectFieldStart("Output Directories");
        json.writeStringField("Output Path 1", definition.outputDirectory());
        json.writeEndObject();
        json.writeObjectFieldStart("Output Filenames");
        json.writeStringField("Output File 1", definition.outputFile());
        json.writeEndObject();
    }

    /** "Queued" or "Rendering" for an active job, as the Monitor tells them apart; otherwise the status name. */
    private static String status(JobView job) {
        if (job.status() == JobStatus.ACTIVE) {
            return job.tasks().rendering() > 0 ? "Rendering" : "Queued";
        }
        return job.status().filterName();
    }
}
