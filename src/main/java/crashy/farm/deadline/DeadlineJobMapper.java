package crashy.farm.deadline;

import crashy.farm.Worker;
import crashy.job.ErrorReport;
import crashy.job.Job;
import crashy.job.JobId;
import crashy.job.JobOutput;
import crashy.job.Task;
import crashy.job.TaskCounts;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Turns Deadline's JSON records into Crashy's jobs, tasks, error reports and workers: missing text becomes empty,
 * negative counters 0, unset dates ({@code 0001-01-01T00:00:00Z}) and unreadable ones absent. Repeated strings go
 * through {@link SharedStrings} so that thousands of jobs stay small in memory.
 */
final class DeadlineJobMapper {
    /** Deadline writes .NET's DateTime.MinValue, sometimes shifted by a time zone, for "not yet"; no farm predates 1970. */
    private static final Instant EARLIEST = Instant.EPOCH;

    private static final DeadlineJobJson.Props NO_PROPS = new DeadlineJobJson.Props(null, null, null, null, null, 0);

    private final SharedStrings strings;

    DeadlineJobMapper(SharedStrings strings) {
        this.strings = strings;
    }

    Job job(DeadlineJobJson json) {
        DeadlineJobJson.Props props = Objects.requireNonNullElse(json.props(), NO_PROPS);
        TaskCounts tasks = new TaskCounts(
                count(json.queuedChunks()),
                count(json.renderingChunks()),
                count(json.completedChunks()),
                count(json.failedChunks()),
                count(json.suspendedChunks()),
                count(json.pendingChunks()));
        return new Job(
                new JobId(Objects.requireNonNullElse(json.id(), "")),
                text(props.name()),
                shared(props.batch()),
                shared(props.user()),
                shared(json.plugin()),
                shared(props.pool()),
                shared(props.group()),
                props.priority(),
                DeadlineStates.job(json.stat(), tasks.rendering()),
                tasks,
                count(json.errors()),
                instant(json.submitted()),
                instant(json.started()),
                instant(json.completed()),
                outputs(json.outputDirectories(), json.outputFiles()));
    }

    Task task(DeadlineTaskJson json, JobId requested) {
        Instant started = instant(json.renderStarted());
        return new Task(
                jobOr(json.job(), requested),
                json.id(),
                text(json.frames()),
                DeadlineStates.task(json.stat()),
                shared(json.worker()),
                count(json.errors()),
                started != null ? started : instant(json.taken()),
                instant(json.completed()));
    }

    /** A report without a date counts as the oldest, so that sorting by date still works. */
    ErrorReport errorReport(DeadlineReportJson json, JobId requested) {
        Instant reported = instant(json.date());
        return new ErrorReport(
                text(json.id()),
                jobOr(json.job(), requested),
                json.task(),
                shared(json.worker()),
                reported != null ? reported : EARLIEST,
                text(json.title()));
    }

    Worker worker(DeadlineWorkerJson json) {
        String name = json.name() == null || json.name().isBlank() ? text(json.host()) : json.name();
        String job = text(json.job()).strip();
        return new Worker(
                shared(name),
                DeadlineStates.worker(json.stat()),
                job.isEmpty() ? null : new JobId(job),
                text(json.task()).strip());
    }

    /** Output {@code i} is {@code OutDir[i]} with {@code OutFile[i]}; a missing half is empty. */
    private List<JobOutput> outputs(
            @Nullable List<@Nullable String> directories, @Nullable List<@Nullable String> files) {
        List<@Nullable String> dirs = Objects.requireNonNullElse(directories, List.of());
        List<@Nullable String> names = Objects.requireNonNullElse(files, List.of());
        List<JobOutput> outputs = new ArrayList<>(Math.max(dirs.size(), names.size()));
        for (int i = 0; i < Math.max(dirs.size(), names.size()); i++) {
            String directory = i < dirs.size() ? shared(dirs.get(i)) : "";
            String file = i < names.size() ? shared(names.get(i)) : "";
            if (!directory.isEmpty() || !file.isEmpty()) {
                outputs.add(new JobOutput(directory, file));
            }
        }
        return outputs;
    }

    /** Reports and tasks name their job; an answer that does not is about the job that was asked for. */
    private static JobId jobOr(@Nullable String id, JobId requested) {
        return id == null || id.isBlank() ? requested : new JobId(id);
    }

    private String shared(@Nullable String value) {
        return strings.share(text(value));
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static int count(int value) {
        return Math.max(0, value);
    }

    /** Deadline's dates carry an offset and 0 to 7 fraction digits; a date without offset is taken as UTC. */
    static @Nullable Instant instant(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            Instant instant = parse(text.strip());
            return instant.isAfter(EARLIEST) ? instant : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant parse(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        }
    }
}
