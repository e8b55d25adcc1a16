package crashy.farm.deadline;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The fields Crashy reads of one element of {@code GET /api/jobs}; a real job has about 150 more, which the parser
 * skips without building them. Missing fields arrive as {@code null} or 0, dates as Deadline's text.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record DeadlineJobJson(
        @JsonProperty("_id") @Nullable String id,
        @JsonProperty("Props") @Nullable Props props,
        @JsonProperty("Plug") @Nullable String plugin,
        @JsonProperty("Stat") int stat,
        @JsonProperty("Date") @Nullable String submitted,
        @JsonProperty("DateStart") @Nullable String started,
        @JsonProperty("DateComp") @Nullable String completed,
        @JsonProperty("OutDir") @Nullable List<@Nullable String> outputDirectories,
        @JsonProperty("OutFile") @Nullable List<@Nullable String> outputFiles,
        @JsonProperty("QueuedChunks") int queuedChunks,
        @JsonProperty("RenderingChunks") int renderingChunks,
        @JsonProperty("CompletedChunks") int completedChunks,
        @JsonProperty("FailedChunks") int failedChunks,
        @JsonProperty("SuspendedChunks") int suspendedChunks,
        @JsonProperty("PendingChunks") int pendingChunks,
        @JsonProperty("Errs") int errors) {

    /** The submission properties; the group is {@code Grp} in real answers, {@code Group} accepted as well. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Props(
            @JsonProperty("Name") @Nullable String name,
            @JsonProperty("Batch") @Nullable String batch,
            @JsonProperty("User") @Nullable String user,
            @JsonProperty("Pool") @Nullable String pool,

            @JsonProperty("Grp") @JsonAlias("Group") @Nullable
            String group,

            @JsonProperty("Pri") int priority) {}
}
