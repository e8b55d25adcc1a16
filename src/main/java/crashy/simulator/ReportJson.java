package crashy.simulator;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** Writes a job or task report as the Web Service does: the keys of a real error report, in its order. */
final class ReportJson {
    private ReportJson() {}

    static void write(JsonGenerator json, ReportView report) throws IOException {
        TaskMetrics metrics = report.metrics();
        json.writeStartObject();
        json.writeStringField("Job", report.job().id());
        json.writeNumberField("Type", report.type().code);
        json.writeStringField("Date", DeadlineDates.iso(report.date()));
        json.writeStringField("Slave", report.worker());
        json.writeNumberField("Task", report.task());
        json.writeStringField("Title", report.title());
        json.writeStringField("JobName", report.job().name());
        json.writeStringField("JobUser", report.job().user());
        json.writeStringField("Plugin", report.job().plugin());
        json.writeStringField("Frames", report.frames());
        json.writeStringField("TaskStartTime", DeadlineDates.iso(report.taskStart()));
        json.writeNumberField("TaskTime", report.taskSeconds());
        json.writeStringField("LogErr", "");
        json.writeNumberField("AverageCpu", metrics.averageCpu());
        json.writeNumberField("PeakCpu", metrics.peakCpu());
        json.writeNumberField("AverageRam", metrics.averageRam());
        json.writeNumberField("RamAvgPer", metrics.averageRamPercent());
        json.writeNumberField("PeakRam", metrics.peakRam());
        json.writeNumberField("RamPeakPer", metrics.peakRamPercent());
        json.writeNumberField("UsedClock", metrics.usedClock());
        json.writeNumberField("TotalClock", metrics.totalClock());
        json.writeStringField("_id", report.id());
        json.writeEndObject();
    }
}
