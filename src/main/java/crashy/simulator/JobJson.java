package crashy.simulator;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes a job exactly as the Web Service does in {@code /api/jobs}: every key of a real 10.1 job dump in the same
 * order and nesting, most of them the defaults a submitter leaves alone. Streams, so a list of ten thousand jobs
 * never sits in memory as a tree.
 */
final class JobJson {
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

    private JobJson() {}

    static void write(JsonGenerator json, JobView job) throws IOException {
        JobDefinition definition = job.definition();
        json.writeStartObject();
        json.writeObjectFieldStart("Props");
        writeProps(json, definition);
        json.writeEndObject();
        json.writeNumberField(
                "ComFra", job.tasks().completed() * definition.spec().chunkSize());
        json.writeBooleanField("IsSub", true);
        json.writeBooleanField("Purged", false);
        json.writeStringField("Mach", definition.machine());
        json.writeStringField("Date", date(definition.submitted()));
        json.writeStringField("DateStart", date(job.started()));
        json.writeStringField("DateComp", date(job.completed()));
        json.writeStringField("Plug", definition.plugin());
        strings(json, "OutDir", List.of(definition.outputDirectory()));
        strings(json, "OutFile", List.of(definition.outputFile()));
        strings(json, "TileFile", List.of());
        json.writeBooleanField("Main", false);
        json.writeNumberField("MainStart", 0);
        json.writeNumberField("MainEnd", 0);
        json.writeBooleanField("Tile", false);
        json.writeNumberField("TileFrame", 0);
        json.writeNumberField("TileCount", 0);
        json.writeNumberField("TileX", 0);
        json.writeNumberField("TileY", 0);
        json.writeNumberField("Stat", job.status().code());
        strings(json, "Aux", List.of());
        strings(json, "Bad", List.of());
        TaskCounts tasks = job.tasks();
        json.writeNumberField("CompletedChunks", tasks.completed());
        json.writeNumberField("QueuedChunks", tasks.queued());
        json.writeNumberField("SuspendedChunks", tasks.suspended());
        json.writeNumberField("RenderingChunks", tasks.rendering());
        json.writeNumberField("FailedChunks", tasks.failed());
        json.writeNumberField("PendingChunks", tasks.pending());
        json.writeStringField("SnglTskPrg", job.singleTaskProgress() + " %");
        json.writeNumberField("Errs", job.errors());
        json.writeNumberField("DataSize", -1);
        json.writeStringField("_id", definition.id());
        json.writeNullField("ExtraElements");
        json.writeEndObject();
    }

    private static void writeProps(JsonGenerator json, JobDefinition definition) throws IOException {
        JobSpec spec = definition.spec();
        json.writeStringField("Name", spec.name());
        json.writeStringField("Batch", spec.batch());
        json.writeStringField("User", spec.user());
        json.writeStringField("Region", "none");
        json.writeStringField("Cmmt", "");
        json.writeStringField("Dept", "");
        json.writeStringField("Frames", definition.frames());
        json.writeNumberField("Chunk", spec.chunkSize());
        json.writeNumberField("Tasks", definition.taskCount());
        json.writeStringField("Grp", spec.group());
        json.writeStringField("Pool", spec.pool());
        json.writeStringField("SecPool", "");
        json.writeNumberField("Pri", spec.priority());
        strings(json, "ReqAss", List.of());
        strings(json, "ScrDep", List.of());
        json.writeNumberField("Conc", 1);
        json.writeBooleanField("ConcLimt", true);
        json.writeBooleanField("AuxSync", false);
        json.writeBooleanField("Int", false);
        json.writeNumberField("IntPer", 100);
        json.writeNumberField("RemTmT", 0);
        json.writeBooleanField("Seq", false);
        json.writeBooleanField("Reload", false);
        json.writeBooleanField("NoEvnt", false);
        json.writeNumberField("OnComp", 2);
        json.writeBooleanField("Protect", false);
        strings(json, "PathMap", List.of());
        json.writeBooleanField("AutoTime", false);
        json.writeBooleanField("TimeScrpt", false);
        json.writeNumberField("MinTime", 0);
        json.writeNumberField("MaxTime", 0);
        json.writeNumberField("Timeout", 1);
        json.writeBooleanField("FrameTimeout", false);
        json.writeNumberField("StartTime", 0);
        json.writeNumberField("InitializePluginTime", 0);
        writeDependencies(json, definition.dependencies());
        json.writeBooleanField("DepFrame", false);
        json.writeNumberField("DepFrameStart", 0);
        json.writeNumberField("DepFrameEnd", 0);
        json.writeBooleanField("DepComp", true);
        json.writeBooleanField("DepDel", false);
        json.writeBooleanField("DepFail", false);
        json.writeNumberField("DepPer", -1.0);
        json.writeBooleanField("NoBad", false);
        json.writeBooleanField("OverAutoClean", false);
        json.writeBooleanField("OverClean", false);
        json.writeNumberField("OverCleanDays", 0);
        json.writeNumberField("OverCleanType", 1);
        json.writeBooleanField("JobFailOvr", definition.overridesJobErrorLimit());
        json.writeNumberField("JobFailErr", definition.overridesJobErrorLimit() ? spec.jobErrorLimit() : 0);
        json.writeBooleanField("TskFailOvr", definition.overridesTaskErrorLimit());
        json.writeNumberField("TskFailErr", definition.overridesTaskErrorLimit() ? spec.taskErrorLimit() : 0);
        writeNotificationsAndScripts(json, spec.user());
        writeSchedule(json, definition.submitted());
        json.writeObjectFieldStart("PlugInfo");
        for (Map.Entry<String, String> entry : definition.pluginInfo().entrySet()) {
            json.writeStringField(entry.getKey(), entry.getValue());
        }
        json.writeEndObject();
        writeExtras(json);
    }

    private static void writeDependencies(JsonGenerator json, List<String> dependencies) throws IOException {
        json.writeArrayFieldStart("Dep");
        for (String dependency : dependencies) {
            // Only JobID is known from real dumps; the other keys of a dependency are not guessed at.
            json.writeStartObject();
            json.writeStringField("JobID", dependency);
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeNotificationsAndScripts(JsonGenerator json, String user) throws IOException {
        json.writeBooleanField("SndWarn", true);
        json.writeBooleanField("NotOvr", false);
        json.writeBooleanField("SndEmail", false);
        json.writeBooleanField("SndPopup", false);
        strings(json, "NotEmail", List.of());
        strings(json, "NotUser", List.of(user));
        json.writeStringField("NotNote", "");
        strings(json, "Limits", List.of());
        strings(json, "ListedSlaves", List.of());
        json.writeBooleanField("White", false);
        json.writeNumberField("MachLmt", 0);
        json.writeNumberField("MachLmtProg", -1.0);
        json.writeStringField("PrJobScrp", "");
        json.writeStringField("PoJobScrp", "");
        json.writeStringField("PrTskScrp", "");
        json.writeStringField("PoTskScrp", "");
    }

    private static void writeSchedule(JsonGenerator json, Instant submitted) throws IOException {
        json.writeNumberField("Schd", 0);
        json.writeNumberField("SchdDays", 1);
        json.writeStringField("SchdDate", date(submitted));
        json.writeStringField("SchdStop", DeadlineDates.UNSET);
        for (String day : DAYS) {
            json.writeStringField(day + "Start", DeadlineDates.UNSET_TIME_SPAN);
            json.writeStringField(day + "Stop", DeadlineDates.UNSET_TIME_SPAN);
        }
    }

    private static void writeExtras(JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("Env");
        json.writeEndObject();
        json.writeBooleanField("EnvOnly", false);
        json.writeStringField("PlugDir", "");
        json.writeStringField("EventDir", "");
        json.writeObjectFieldStart("OptIns");
        json.writeEndObject();
        strings(json, "EventOI", List.of());
        strings(json, "AWSPortalAssets", List.of());
        strings(json, "AWSPortalAssetFileWhitelist", List.of());
        for (int index = 0; index < 10; index++) {
            json.writeStringField("Ex" + index, "");
        }
        json.writeObjectFieldStart("ExDic");
        json.writeEndObject();
        json.writeBooleanField("OvrTaskEINames", false);
        for (int index = 0; index < 10; index++) {
            json.writeStringField("TaskEx" + index, "");
        }
    }

    static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    static String date(@Nullable Instant instant) {
        return instant == null ? DeadlineDates.UNSET : DeadlineDates.iso(instant.toEpochMilli());
    }
}
