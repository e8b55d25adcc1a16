package crashy.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A job as the farm accepted it: the submitted {@link JobSpec} with its id, submission date, submitting machine,
 * resolved output paths, plugin info and dependencies. Never changes after submission.
 */
public record JobDefinition(
        String id,
        JobSpec spec,
        Instant submitted,
        String machine,
        String outputDirectory,
        String outputFile,
        Map<String, String> pluginInfo,
        List<String> dependencies) {

    public JobDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(submitted, "submitted");
        Objects.requireNonNull(machine, "machine");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(outputFile, "outputFile");
        // Map.copyOf would lose the order the plugin wrote its keys in.
        pluginInfo = Collections.unmodifiableMap(new LinkedHashMap<>(pluginInfo));
        dependencies = List.copyOf(dependencies);
    }

    public String name() {
        return spec.name();
    }

    public String user() {
        return spec.user();
    }

    public String plugin() {
        return spec.plugin();
    }

    public int priority() {
        return spec.priority();
    }

    public int taskCount() {
        return spec.taskCount();
    }

    /** The frame list as Deadline writes it, e.g. {@code 1001-1240}. */
    public String frames() {
        return spec.firstFrame() + "-" + spec.lastFrame();
    }

    public int firstFrameOf(int task) {
        return spec.firstFrame() + task * spec.chunkSize();
    }

    public int lastFrameOf(int task) {
        return Math.min(spec.lastFrame(), firstFrameOf(task) + spec.chunkSize() - 1);
    }

    /** Whether the job's error limits differ from the repository defaults (Deadline's {@code …FailOvr} flags). */
    boolean overridesTaskErrorLimit() {
        return spec.taskErrorLimit() != 5;
    }

    boolean overridesJobErrorLimit() {
        return spec.jobErrorLimit() != 100;
    }

    Duration medianTaskDuration() {
        return spec.taskDuration();
    }
}
