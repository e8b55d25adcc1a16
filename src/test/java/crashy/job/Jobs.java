package crashy.job;

import java.time.Instant;
import java.util.List;

/** Small fixture factories for jobs in tests. */
public final class Jobs {
    public static final Instant SUBMITTED = Instant.parse("2026-11-24T20:00:00Z");

    private Jobs() {}

    public static Job queued(String id, int tasks) {
        return new Job(
                new JobId(id),
                "shot010_lighting",
                "",
                "alice",
                "Arnold",
                "none",
                "none",
                50,
                JobState.QUEUED,
                TaskCounts.queued(tasks),
                0,
                SUBMITTED,
                null,
                null,
                List.of(new JobOutput("/renders/alice/shot010", "beauty.####.exr")));
    }

    public static Job rendering(String id, int completed, int rendering, int queued) {
        return queued(id, completed + rendering + queued)
                .withProgress(JobState.RENDERING, new TaskCounts(queued, rendering, completed, 0, 0, 0), 0)
                .withDates(SUBMITTED.plusSeconds(10), null);
    }

    public static Job completed(String id, int tasks) {
        return queued(id, tasks)
                .withProgress(JobState.COMPLETED, new TaskCounts(0, 0, tasks, 0, 0, 0), 0)
                .withDates(SUBMITTED.plusSeconds(10), SUBMITTED.plusSeconds(600));
    }

    /** The same job writing to other outputs. */
    public static Job withOutputs(Job job, JobOutput... outputs) {
        return copy(job, job.name(), List.of(outputs));
    }

    /** The same job under another name. */
    public static Job named(Job job, String name) {
        return copy(job, name, job.outputs());
    }

    private static Job copy(Job job, String name, List<JobOutput> outputs) {
        return new Job(
                job.id(),
                name,
                job.batch(),
                job.user(),
                job.plugin(),
                job.pool(),
                job.group(),
                job.priority(),
                job.state(),
                job.tasks(),
                job.errors(),
                job.submitted(),
                job.started(),
                job.completed(),
                outputs);
    }

    public static Job failed(String id, int tasks) {
        return queued(id, tasks)
                .withProgress(JobState.FAILED, new TaskCounts(0, 0, 0, tasks, 0, 0), 5 * tasks)
                .withDates(SUBMITTED.plusSeconds(10), null);
    }
}
