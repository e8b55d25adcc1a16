package crashy.simulator;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes a worker's {@code Info} and {@code Settings} objects as {@code /api/slaves} does, with the key list of a real
 * 10.x response. In Info, pools and groups are comma strings; in Settings they are arrays, as on a real server.
 */
final class WorkerJson {
    private static final String VERSION = "v10.1.20.3 Release (simulator)";

    private WorkerJson() {}

    static void info(JsonGenerator json, WorkerView worker, long now) throws IOException {
        @Nullable JobDefinition job = worker.job();
        boolean busy = job != null;
        json.writeStartObject();
        json.writeStringField("Name", worker.name());
        json.writeNumberField("Stat", worker.status().code());
        json.writeStringField("StatDate", DeadlineDates.iso(worker.statusSince()));
        json.writeStringField("LastRenderTime", DeadlineDates.iso(worker.lastRenderEnd()));
        json.writeStringField("OnTskComp", "Continue Running");
        json.writeNumberField("CompletedTasks", worker.completedTasks());
        json.writeNumberField("TskFail", worker.failedTasks());
        JobJson.strings(json, "Limits", List.of());
        json.writeNumberField("RndTime", worker.renderMillis() / 1000.0);
        json.writeStringField("Msg", "");
        json.writeNumberField("Port", 0);
        json.writeBooleanField("Serv", false);
        json.writeStringField("WorkerFleetId", "");
        json.writeStringField("JobPlug", busy ? job.plugin() : "");
        json.writeStringField("JobUser", busy ? job.user() : "");
        json.writeStringField("JobName", busy ? job.name() : "");
        json.writeStringField("JobId", busy ? job.id() : "");
        json.writeNumberField("JobPri", busy ? job.priority() : 0);
        json.writeStringField("JobPool", busy ? job.spec().pool() : "");
        json.writeStringField("JobGrp", busy ? job.spec().group() : "");
        writeTask(json, worker, job, now);
        writeLicenceAndMachine(json, worker);
        json.writeEndObject();
    }

    private static void writeTask(JsonGenerator json, WorkerView worker, @Nullable JobDefinition job, long now)
            throws IOException {
        boolean busy = job != null;
        String frames = busy ? job.firstFrameOf(worker.task()) + "-" + job.lastFrameOf(worker.task()) : "";
        json.writeStringField("TskName", busy ? "Task " + worker.task() + " (frames " + frames + ")" : "");
        json.writeStringField("TskId", busy ? Integer.toString(worker.task()) : "");
        json.writeStringField("TskProg", busy ? worker.taskProgress() + " %" : "");
        json.writeStringField("TskTime", busy ? DeadlineDates.daysHoursMinutesSeconds(now - worker.taskStart()) : "");
        json.writeStringField("TskStat", busy ? "Rendering" : "");
    }

    private static void writeLicenceAndMachine(JsonGenerator json, WorkerView worker) throws IOException {
        json.writeBooleanField("LicFree", false);
        json.writeBooleanField("LicPerm", false);
        json.writeBooleanField("UBL", false);
        json.writeNumberField("LicMode", 0);
        json.writeNumberField("LicEx", 0);
        json.writeStringField("LicErr", "");
        json.writeStringField("Lic", "");
        json.writeStringField("Pools", String.join(",", worker.pools()));
        json.writeStringField("Grps", String.join(",", worker.groups()));
        json.writeStringField("Reg", "");
        json.writeNumberField("RAM", worker.ram());
        json.writeNumberField("RAMFree", worker.status() == WorkerStatus.RENDERING ? worker.ram() / 3 : worker.ram());
        json.writeNumberField("Disk", 500_000_000_000L);
        json.writeStringField("DiskStr", "465 GB");
        json.writeNumberField("ProcSpd", 3600);
        json.writeNumberField("CPU", worker.status() == WorkerStatus.RENDERING ? 97 : 2);
        json.writeNumberField("NetSent", 0);
        json.writeNumberField("NetRecv", 0);
        json.writeNumberField("Swap", 0);
        json.writeNumberField("DiskRead", 0);
        json.writeNumberField("DiskWrit", 0);
        json.writeNumberField("UpTime", 86_400);
        json.writeStringField("Host", worker.name());
        json.writeStringField("User", "render");
        json.writeStringField("IP", worker.ip());
        json.writeStringField("MAC", worker.mac());
        json.writeNumberField("Procs", worker.processors());
        json.writeStringField("Arch", "x64");
        json.writeStringField("OS", "Linux");
        json.writeStringField("Ver", VERSION);
        json.writeStringField("Vid", worker.videoCard());
        json.writeBooleanField("AWSP", false);
        json.writeObjectFieldStart("AWSInfo");
        json.writeEndObject();
        json.writeNullField("ConcurrencyToken");
        json.writeStringField("_id", worker.name());
        json.writeNullField("ExtraElements");
    }

    static void settings(JsonGenerator json, WorkerView worker) throws IOException {
        json.writeStartObject();
        json.writeStringField("Name", worker.name());
        JobJson.strings(json, "Pools", worker.pools());
        JobJson.strings(json, "Grps", worker.groups());
        json.writeBooleanField("Enable", true);
        json.writeStringField("Cmmt", "");
        json.writeStringField("Desc", worker.processors() + " cores, " + (worker.ram() >> 30) + " GB");
        json.writeNumberField("Mode", 0);
        json.writeNumberField("TskLmt", 1);
        json.writeNumberField("NrmTime", 0);
        for (int index = 0; index < 10; index++) {
            json.writeStringField("Ex" + index, "");
        }
        json.writeObjectFieldStart("ExDic");
        json.writeEndObject();
        json.writeStringField("_id", worker.name());
        json.writeEndObject();
    }
}
