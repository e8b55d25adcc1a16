package crashy.simulator;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One stored report of a job. Compact on purpose: the title and the text are written from {@code error} (shared
 * catalogue entries) only when a client asks, so a farm of failed jobs stays small. {@code customTitle} holds a title
 * given by a test; {@code task} is -1 for a job-level report.
 */
record Report(
        String id,
        ReportType type,
        int task,
        long date,
        int worker,
        long taskStart,
        @Nullable RendererError error,
        @Nullable String customTitle) {

    Report {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
    }
}
