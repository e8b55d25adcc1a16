package crashy.command;

import crashy.farm.FarmHealth;
import crashy.farm.FarmSummary;
import crashy.job.Job;
import crashy.job.JobOutput;
import crashy.job.JobState;
import crashy.job.TaskCounts;
import crashy.message.JobText;
import crashy.message.Moment;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Writes the farm summary and a job's detail as plain text for any chat or terminal. */
public final class StatusText {
    private static final int MAX_LISTED = 15;
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    private StatusText() {}

    public static String summary(FarmSummary farm, Instant now) {
        StringBuilder text = new StringBuilder();
        if (farm.health().lastContact() == null && farm.health().downSince().isEmpty()) {
            return "⏳ Connecting to the farm… ask again in a few seconds.";
        }
        farm.health()
                .downSince()
                .ifPresent(since -> text.append(unreachable(since, now))
                        .append(": ")
                        .append(farm.health().problem())
                        .append("\nWhat follows is the farm as last seen.\n\n"));
        text.append(String.format(
                "Render farm: %d rendering, %d queued, %d completed, %d failed, %d suspended, %d pending%n",
                farm.count(JobState.RENDERING),
                farm.count(JobState.QUEUED),
                farm.count(JobState.COMPLETED),
                farm.count(JobState.FAILED),
                farm.count(JobState.SUSPENDED),
                farm.count(JobState.PENDING)));
        text.append(String.format(
                "Workers: %d busy, %d idle, %d offline%n", farm.workersBusy(), farm.workersIdle(), farm.workersDown()));
        appendInProgress(text, farm.inProgress());
        if (!farm.failedLastDay().isEmpty()) {
            text.append("\nFailed in the last day:\n");
            farm.failedLastDay().stream()
                    .limit(MAX_LISTED)
                    .forEach(job -> text.append("  ✗ ")
                            .append(job.displayName())
                            .append(" (")
                            .append(job.user())
                            .append(", ")
                            .append(job.errors())
                            .append(" errors)\n"));
        }
        return text.toString().stripTrailing();
    }

    /** The detail of one job; {@code finishAt} is its forecast finish, null when there is none. */
    public static String detail(Job job, @Nullable Instant finishAt, FarmHealth health, Instant now) {
        TaskCounts tasks = job.tasks();
        StringBuilder text = new StringBuilder();
        text.append(job.state().label())
                .append(" · ")
                .append(job.user())
                .append(" · ")
                .append(job.plugin());
        text.append(" · id ").append(job.id()).append('\n');
        text.append(bar(tasks)).append(String.format("  %d/%d tasks done", tasks.completed(), tasks.total()));
        if (tasks.rendering() > 0) {
            text.append(", ").append(tasks.rendering()).append(" rendering");
        }
        if (tasks.failed() > 0) {
            text.append(", ").append(tasks.failed()).append(" failed");
        }
        text.append('\n');
        if (job.errors() > 0) {
            text.append("Errors reported: ").append(job.errors()).append('\n');
        }
        job.startedAt()
                .ifPresent(at -> text.append("Started ").append(ago(at, now)).append(" ago\n"));
        if (job.state().isActive()) {
            text.append(eta(job, finishAt)).append('\n');
        }
        job.completedAt()
                .ifPresent(at -> text.append("Finished ").append(ago(at, now)).append(" ago\n"));
        for (JobOutput output : job.outputs()) {
            text.append("Output: ")
                    .append(output.directory())
                    .append('/')
                    .append(output.filePattern())
                    .append('\n');
        }
        health.downSince()
                .ifPresent(since -> text.append(unreachable(since, now)).append("; shown as last seen\n"));
        return text.toString().stripTrailing();
    }

    /** The wall-clock ETA as a {@link Moment}, or why there is none. */
    private static String eta(Job job, @Nullable Instant finishAt) {
        if (finishAt != null) {
            return "ETA " + Moment.of(finishAt);
        }
        return job.tasks().completed() == 0 ? "ETA unknown until a task completes" : "ETA unknown";
    }

    /** {@code ⚠ Farm unreachable since 21:04 (3m ago)}. */
    public static String unreachable(Instant since, Instant now) {
        return "⚠ Farm unreachable since " + TIME.format(since) + " (" + ago(since, now) + " ago)";
    }

    public static String bar(TaskCounts tasks) {
        return JobText.bar(tasks);
    }

    public static String ago(Instant then, Instant now) {
        return Moment.span(Duration.between(then, now));
    }

    private static void appendInProgress(StringBuilder text, List<Job> inProgress) {
        if (inProgress.isEmpty()) {
            text.append("\nNothing is rendering or queued.");
            return;
        }
        Map<String, List<Job>> byUser = inProgress.stream()
                .limit(MAX_LISTED)
                .collect(Collectors.groupingBy(Job::user, LinkedHashMap::new, Collectors.toList()));
        byUser.forEach((user, jobs) -> {
            text.append('\n').append(user).append(":\n");
            jobs.forEach(job -> text.append("  ")
                    .append(bar(job.tasks()))
                    .append("  ")
                    .append(job.displayName())
                    .append(job.state() == JobState.QUEUED ? " (queued)" : "")
                    .append(job.errors() > 0 ? " ⚠ " + job.errors() + " errors" : "")
                    .append('\n'));
        });
        if (inProgress.size() > MAX_LISTED) {
            text.append("  … and ").append(inProgress.size() - MAX_LISTED).append(" more\n");
        }
    }
}
