package crashy.farm.deadline;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The fields Crashy reads of one task of {@code GET /api/tasks?JobID=}: {@code Start} is when a worker took the task,
 * {@code StartRen} when it began rendering, {@code Comp} when it ended.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record DeadlineTaskJson(
        @JsonProperty("JobID") @Nullable String job,
        @JsonProperty("TaskID") int id,
        @JsonProperty("Frames") @Nullable String frames,
        @JsonProperty("Slave") @Nullable String worker,
        @JsonProperty("Stat") int stat,
        @JsonProperty("Errs") int errors,
        @JsonProperty("Start") @Nullable String taken,
        @JsonProperty("StartRen") @Nullable String renderStarted,
        @JsonProperty("Comp") @Nullable String completed) {}
