package crashy.simulator;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Writes a task as the Web Service does in {@code /api/tasks}: the keys of a real task dump, in its order. */
final class TaskJson {
    /** Deadline reports a task's render start a little after it was dequeued, once the plugin has loaded. */
    private static final long PLUGIN_LOAD_MILLIS = 1900;

    private TaskJson() {}

    static void write(JsonGenerator json, TaskView task) throws IOException {
        @Nullable Instant started = task.started();
        @Nullable Instant completed = task.completed();
        json.writeStartObject();
        json.writeStringField("JobID", task.jobId());
        json.writeNumberField("TaskID", task.taskId());
        json.writeStringField("Frames", task.firstFrame() + "-" + task.lastFrame());
        json.writeStringField("Slave", task.worker());
        json.writeNumberField("Stat", task.status().code());
        json.writeStringField("Prog", task.progress() + " %");
        json.writeStringField("RndStat", task.status() == TaskStatus.RENDERING ? "Rendering" : "");
        json.writeNumberField("Errs", task.errors());
        json.writeStringField("Start", JobJson.date(started));
        json.writeStringField("StartRen", JobJson.date(renderStart(started, completed)));
        json.writeStringField("Comp", JobJson.date(completed));
        json.writeBooleanField("WtgStrt", false);
        json.writeNumberField("NormMult", 1.0);
        json.writeNumberField("Size", 0);
        writeMetrics(json, task, started, completed);
        json.writeObjectFieldStart("Props");
        for (int index = 0; index < 10; index++) {
            json.writeStringField("Ex" + index, "");
        }
        json.writeObjectFieldStart("ExDic");
        json.writeEndObject();
        json.writeEndObject();
        json.writeStringField("_id", task.jobId() + "_" + task.taskId());
        json.writeNullField("ExtraElements");
        json.writeEndObject();
    }

    private static @Nullable Instant renderStart(@Nullable Instant started, @Nullable Instant completed) {
        if (started == null) {
            return null;
        }
        Instant afterLoading = started.plusMillis(PLUGIN_LOAD_MILLIS);
        return completed != null && completed.isBefore(afterLoading) ? started : afterLoading;
    }

    /** Figures only for tasks that rendered, as a queued task has no CPU or memory use yet. */
    private static void writeMetrics(
            JsonGenerator json, TaskView task, @Nullable Instant started, @Nullable Instant completed)
            throws IOException {
        boolean rendered = started != null && completed != null;
        TaskMetrics metrics = rendered
                ? TaskMetrics.of(
                        (task.jobId() + task.taskId()).hashCode(),
                        completed.toEpochMilli() - started.toEpochMilli(),
                        64L << 30)
                : new TaskMetrics(0, 0, 0, 0, 0, 0, 0, 0);
        json.writeNumberField("RamPeak", metrics.peakRam());
        json.writeNumberField("RamPeakPer", metrics.peakRamPercent());
        json.writeNumberField("Cpu", metrics.averageCpu());
        json.writeNumberField("CpuPer", metrics.averageCpu());
        json.writeNumberField("RamAvg", metrics.averageRam());
        json.writeNumberField("RamAvgPer", metrics.averageRamPercent());
        json.writeNumberField("SwapAvg", 0);
        json.writeNumberField("SwapPeak", 0);
        json.writeNumberField("UsedClock", metrics.usedClock());
        json.writeNumberField("TotalClock", metrics.totalClock());
    }
}
