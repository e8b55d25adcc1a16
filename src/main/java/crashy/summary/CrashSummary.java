package crashy.summary;

import crashy.job.JobId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * What Crashy can say about a failed job right away ({@code text}: what happened, machine or scene, what to try) and,
 * later, a language model's explanation of its errors ({@code aiText}, completed on a background thread, empty when
 * there is none). {@code aiText} never completes exceptionally.
 */
public record CrashSummary(
        JobId job, List<GroupSummary> groups, String text, CompletableFuture<Optional<String>> aiText) {
    public CrashSummary {
        Objects.requireNonNull(job, "job");
        groups = List.copyOf(groups);
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(aiText, "aiText");
    }
}
