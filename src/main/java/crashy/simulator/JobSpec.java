package crashy.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * A job to submit to a {@link SimulatedFarm}: what an artist fills in, plus how the simulated renders behave (median
 * task duration, chance that a task attempt errors and with what). Start from {@link #named(String)}, which gives a
 * small Blender job of ten one-minute frames that never errors, and change what matters with the {@code with…}
 * methods. An empty output directory or file is filled in from the user and name on submission.
 */
public record JobSpec(
        String name,
        String batch,
        String user,
        String plugin,
        String pool,
        String group,
        int priority,
        int firstFrame,
        int lastFrame,
        int chunkSize,
        Duration taskDuration,
        double errorRate,
        ErrorKind errorKind,
        JobStatus initialStatus,
        int taskErrorLimit,
        int jobErrorLimit,
        String outputDirectory,
        String outputFile) {

    public JobSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(batch, "batch");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(plugin, "plugin");
        Objects.requireNonNull(pool, "pool");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(taskDuration, "taskDuration");
        Objects.requireNonNull(errorKind, "errorKind");
        Objects.requireNonNull(initialStatus, "initialStatus");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(outputFile, "outputFile");
        if (name.isBlank() || user.isBlank()) {
            throw new IllegalArgumentException("a job needs a name and a user");
        }
        if (priority < 0 || priority > 100) {
            throw new IllegalArgumentException("priority must be 0-100: " + priority);
        }
        if (lastFrame < firstFrame || chunkSize < 1) {
            throw new IllegalArgumentException("bad frames " + firstFrame + "-" + lastFrame + " by " + chunkSize);
        }
        if (taskDuration.isNegative() || taskDuration.isZero()) {
            throw new IllegalArgumentException("task duration must be positive");
        }
        if (errorRate < 0 || errorRate > 1) {
            throw new IllegalArgumentException("error rate must be within 0-1: " + errorRate);
        }
        if (initialStatus.isFinished()) {
            throw new IllegalArgumentException("a job is submitted active, suspended or pending");
        }
        if (taskErrorLimit < 1 || jobErrorLimit < 1) {
            throw new IllegalArgumentException("error limits must be positive");
        }
    }

    /** Deadline's defaults: priority 50, pool and group "none", a task fails after 5 errors, a job after 100. */
    public static JobSpec named(String name) {
        return new JobSpec(
                name,
                "",
                "alice",
                "Blender",
                "none",
                "none",
                50,
                1,
                10,
                1,
                Duration.ofMinutes(1),
                0,
                ErrorKind.MISSING_FILE,
                JobStatus.ACTIVE,
                5,
                100,
                "",
                "");
    }

    /** The number of tasks the frames make: one per {@code chunkSize} frames. */
    public int taskCount() {
        return (lastFrame - firstFrame) / chunkSize + 1;
    }

    public JobSpec withUser(String newUser) {
        return new JobSpec(
                name,
                batch,
                newUser,
                plugin,
                pool,
                group,
                priority,
                firstFrame,
                lastFrame,
                chunkSize,
                taskDuration,
                errorRate,
                errorKind,
                initialStatus,
                taskErrorLimit,
                jobErrorLimit,
                outputDirectory,
                outputFile);
    }

    public JobSpec withBatch(String newBatch) {
        return new JobSpec(
                name,
                newBatch,
                user,
                plugin,
                pool,
                group,
                priority,
                firstFrame,
                lastFrame,
                chunkSize,
                taskDuration,
                errorRate,
                errorKind,
                initialStatus,
                taskErrorLimit,
                jobErrorLimit,
                outputDirectory,
                outputFile);
    }

    /** A Deadline plugin name: MayaBatch, Arnold, VRay, Redshift, Blender, Houdini or Nuke. */
    public JobSpec withPlugin(String newPlugin) {
        return new JobSpec(
                name,
                batch,
                user,
                newPlugin,
                pool,
                group,
                priority,
                firstFrame,
                lastFrame,
                chunkSize,
                taskDuration,
                errorRate,
                errorKind,
                initialStatus,
                taskErrorLimit,
                jobErrorLimit,
                outputDirectory,
                outputFile);
    }

    public JobSpec withPoolAndGroup(String newPool, String newGroup) {
        return new JobSpec(
                name,
                batch,
                user,
                plugin,
                newPool,
                newGroup,
                priority,
                firstFrame,
                lastFrame,
                chunkSize,
                taskDuration,
                errorRate,
                errorKind,
                initialStatus,
                taskErrorLimit,
                jobErrorLimit,
                outputDirectory,
                outputFile);
    }

    public JobSpec withPriority(int newPriority) {
        return new JobSpec(
                name,
                batch,
                user,
                plugin,
                pool,
                group,
                newPriority,
                firstFrame,
                lastFrame,
                chunkSize,
                taskDuration,
                errorRate,
                errorKind,
                initialStatus,
                taskErrorLimit,
                jobErrorLimit,
                outputDirectory,
                outputFile);
    }

    /** Frames {@code first-last}, {@code chunk} frames per task. */
    public JobSpec withFrames(int first, int last, int chunk) {
        return new JobSpec(
                name,
                batch,
                user,
                plugin,
                pool,
                group,
                priority,
                first,
                last,
                chunk,
                taskDuration,
                errorRate,
                errorKind,
                initialStatus,
                taskErrorLimit,
                jobErrorLimit,
                outputDirectory,
                outputFile);
    }

    /** Frames 1 to {@code tasks}, one frame per task. */
    public JobSpec withTasks(int tasks) {
        return withFrames(1, tasks, 1);
    }

    /** The median time a task renders; actual times spread log-normally around it. */
    public JobSpec withTaskDuration(Duration median) {
        return new JobSpec(
                name,
                batch,
                user,
                plugin,
                pool,
                group,
                priority,
                firstFrame,
                lastFrame,
                chunkSize,
                median,
                errorRate,
                errorKind,
                initialStatus,
                taskErrorLimit,
                jobErrorLimit,
                outputDirectory,
                outputFile);
    }

    /** Each task attempt errors with probability {@code rate}, with a report of this kind. */
    public JobSpec withErrors(double rate, ErrorKind kind) {
        return new JobSpec(
                name,
                batch,
                user,
                plugin,
                pool,
                group,
                priority,
                firstFrame,
                lastFrame,
                chunkSize,
                taskDuration,
                rate,
                kind,
                initialStatus,
                taskErrorLimit,
                jobErrorLimit,
                outputDirectory,
                outputFile);
    }

    /** Submit the job active (the default), suspended or pending. */
    public JobSpec withInitialStatus(JobStatus status) {
        return new JobSpec(
                name,
                batch,
                user,
                plugin,
                pool,
                group,
                priority,
                firstFrame,
                lastFrame,
                chunkSize,
                taskDuration,
                errorRate,
                errorKind,
                status,
                taskErrorLimit,
                jobErrorLimit,
                outputDirectory,
                outputFile);
    }

    /** A task fails after {@code perTask} errors; the whole job after {@code perJob}. */
    public JobSpec withErrorLimits(int perTask, int perJob) {
        return new JobSpec(
                name,
                batch,
                user,
                plugin,
                pool,
                group,
                priority,
                firstFrame,
                lastFrame,
                chunkSize,
                taskDuration,
                errorRate,
                errorKind,
                initialStatus,
                perTask,
                perJob,
                outputDirectory,
                outputFile);
    }

    /** Where frames go, as the workers see it, e.g. {@code /renders/alice/shot010} and {@code beauty.####.exr}. */
    public JobSpec withOutput(String directory, String file) {
        return new JobSpec(
                name,
                batch,
                user,
                plugin,
                pool,
                group,
                priority,
                firstFrame,
                lastFrame,
                chunkSize,
                taskDuration,
                errorRate,
                errorKind,
                initialStatus,
                taskErrorLimit,
                jobErrorLimit,
                directory,
                file);
    }
}
