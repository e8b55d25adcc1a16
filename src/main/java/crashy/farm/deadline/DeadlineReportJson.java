package crashy.farm.deadline;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The fields Crashy reads of one job report of {@code GET /api/jobreports?Data=error}. There is no separate message
 * field: {@code Title} holds the error text and the stack trace, {@code Slave} the worker that reported it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record DeadlineReportJson(
        @JsonProperty("_id") @Nullable String id,
        @JsonProperty("Job") @Nullable String job,
        @JsonProperty("Task") int task,
        @JsonProperty("Slave") @Nullable String worker,
        @JsonProperty("Date") @Nullable String date,
        @JsonProperty("Title") @Nullable String title) {}
