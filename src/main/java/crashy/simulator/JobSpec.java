package crashy.simulator;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

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
        return with(draft -> draft.user = newUser);
    }

    public JobSpec withBatch(String newBatch) {
        return with(draft -> draft.batch = newBatch);
    }

    /** A Deadline plugin name: MayaBatch, Arnold, VRay, Redshift, Blender, Houdini or Nuke. */
    public JobSpec withPlugin(String newPlugin) {
        return with(draft -> draft.plugin = newPlugin);
    }

    public JobSpec withPoolAndGroup(String newPool, String newGroup) {
        return with(draft -> {
            draft.pool = newPool;
            draft.group = newGroup;
        });
    }

    public JobSpec withPriority(int newPriority) {
        return with(draft -> draft.priority = newPriority);
    }

    /** Frames {@code first-last}, {@code chunk} frames per task. */
    public JobSpec withFrames(int first, int last, int chunk) {
        return with(draft -> {
            draft.firstFrame = first;
            draft.lastFrame = last;
            draft.chunkSize = chunk;
        });
    }

    /** Frames 1 to {@code tasks}, one frame per task. */
    public JobSpec withTasks(int tasks) {
        return withFrames(1, tasks, 1);
    }

    /** The median time a task renders; actual times spread log-normally around it. */
    public JobSpec withTaskDuration(Duration median) {
        return with(draft -> draft.taskDuration = median);
    }

    /** Each task attempt errors with probability {@code rate}, with a report of this kind. */
    public JobSpec withErrors(double rate, ErrorKind kind) {
        return with(draft -> {
            draft.errorRate = rate;
            draft.errorKind = kind;
        });
    }

    /** Submit the job active (the default), suspended or pending. */
    public JobSpec withInitialStatus(JobStatus status) {
        return with(draft -> draft.initialStatus = status);
    }

    /** A task fails after {@code perTask} errors; the whole job after {@code perJob}. */
    public JobSpec withErrorLimits(int perTask, int perJob) {
        return with(draft -> {
            draft.taskErrorLimit = perTask;
            draft.jobErrorLimit = perJob;
        });
    }

    /** Where frames go, as the workers see it, e.g. {@code /renders/alice/shot010} and {@code beauty.####.exr}. */
    public JobSpec withOutput(String directory, String file) {
        return with(draft -> {
            draft.outputDirectory = directory;
            draft.outputFile = file;
        });
    }

    /** A copy with what {@code change} sets in a draft of this spec; the constructor checks the result. */
    private JobSpec with(Consumer<Draft> change) {
        Draft draft = new Draft(this);
        change.accept(draft);
        return new JobSpec(
                draft.name,
                draft.batch,
                draft.user,
                draft.plugin,
                draft.pool,
                draft.group,
                draft.priority,
                draft.firstFrame,
                draft.lastFrame,
                draft.chunkSize,
                draft.taskDuration,
                draft.errorRate,
                draft.errorKind,
                draft.initialStatus,
                draft.taskErrorLimit,
                draft.jobErrorLimit,
                draft.outputDirectory,
                draft.outputFile);
    }

    /** The components of a spec, to change a few of them before the copy is made. */
    private static final class Draft {
        private String name;
        private String batch;
        private String user;
        private String plugin;
        private String pool;
        private String group;
        private int priority;
        private int firstFrame;
        private int lastFrame;
        private int chunkSize;
        private Duration taskDuration;
        private double errorRate;
        private ErrorKind errorKind;
        private JobStatus initialStatus;
        private int taskErrorLimit;
        private int jobErrorLimit;
        private String outputDirectory;
        private String outputFile;

        private Draft(JobSpec spec) {
            name = spec.name;
            batch = spec.batch;
            user = spec.user;
            plugin = spec.plugin;
            pool = spec.pool;
            group = spec.group;
            priority = spec.priority;
            firstFrame = spec.firstFrame;
            lastFrame = spec.lastFrame;
            chunkSize = spec.chunkSize;
            taskDuration = spec.taskDuration;
            errorRate = spec.errorRate;
            errorKind = spec.errorKind;
            initialStatus = spec.initialStatus;
            taskErrorLimit = spec.taskErrorLimit;
            jobErrorLimit = spec.jobErrorLimit;
            outputDirectory = spec.outputDirectory;
            outputFile = spec.outputFile;
        }
    }
}
