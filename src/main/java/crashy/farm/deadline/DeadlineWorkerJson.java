package crashy.farm.deadline;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The fields Crashy reads of one worker of {@code GET /api/slaves?Data=info}. The job and task ids are strings there
 * and empty while the worker idles; {@code Pools} and {@code Grps} (comma strings here, arrays in the settings) are
 * not read, so either shape passes.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record DeadlineWorkerJson(
        @JsonProperty("Name") @Nullable String name,
        @JsonProperty("Host") @Nullable String host,
        @JsonProperty("Stat") int stat,
        @JsonProperty("JobId") @Nullable String job,
        @JsonProperty("TskId") @Nullable String task) {}
