package crashy.simulator;

import java.time.Duration;
import java.util.List;
import java.util.Random;

/**
 * Makes up plausible jobs: a studio's artists rendering lighting, effects, comp and look-dev shots with the common
 * renderers, with VFX frame ranges from 1001, and a few jobs that error now and then or always.
 */
final class JobGenerator {
    static final List<String> USERS = List.of(
            "alice", "bob", "carol", "dmitri", "emma", "farid", "gwen", "hiro", "ines", "jonas", "kenji", "lena");
    private static final List<String> PROJECTS = List.of("orca", "tide", "ember", "north");
    private static final List<String> PLUGINS =
            List.of("MayaBatch", "MayaBatch", "Houdini", "Nuke", "Nuke", "Redshift", "VRay", "Blender", "Arnold");
    private static final List<String> LAYERS = List.of("masterLayer", "BG", "CHAR", "FX_smoke", "volumes");
    private static final List<Integer> PRIORITIES = List.of(50, 50, 50, 50, 40, 60, 70, 80, 90);

    private final Random random;
    private final JobScale scale;

    JobGenerator(Random random, JobScale scale) {
        this.random = random;
        this.scale = scale;
    }

    JobSpec next() {
        String plugin = pick(PLUGINS);
        String project = pick(PROJECTS);
        String shot = String.format("sq%03d_sh%04d", 10 * (1 + random.nextInt(9)), 10 * (1 + random.nextInt(40)));
        String version = String.format("v%03d", 1 + random.nextInt(30));
        Shape shape = shape(plugin, shot, version);
        int frames = scale == JobScale.DEMO
                ? 8 + random.nextInt(40)
                : 24 + random.nextInt(random.nextInt(8) == 0 ? 376 : 216);
        String directory = "/renders/" + project + "/" + shot + "/" + shape.step + "/" + version;
        JobSpec spec = JobSpec.named(shape.name)
                .withBatch(shape.batch)
                .withUser(pick(USERS))
                .withPlugin(plugin)
                .withPoolAndGroup(shape.pool, shape.group)
                .withPriority(pick(PRIORITIES))
                .withFrames(1001, 1000 + frames, shape.chunk)
                .withTaskDuration(taskDuration(plugin))
                .withOutput(directory, shape.file);
        return withErrors(spec);
    }

    private record Shape(String name, String batch, String step, String file, String pool, String group, int chunk) {}

    private Shape shape(String plugin, String shot, String version) {
        String base = shot + "_";
        return switch (plugin) {
            case "MayaBatch" -> {
                String scene = base + "lighting_" + version + ".ma";
                String layer = pick(LAYERS);
                yield new Shape(
                        scene + " - " + layer,
                        scene,
                        "lighting",
                        shot + "_" + layer + ".####.exr",
                        "maya",
                        "cpu_64gb",
                        1);
            }
            case "Houdini" -> {
                String scene = base + "fx_pyro_" + version + ".hip";
                yield new Shape(
                        scene + " - /out/karma_beauty", scene, "fx", shot + "_pyro.####.exr", "houdini", "cpu_64gb", 1);
            }
            case "Nuke" ->
                new Shape(
                        base + "comp_" + version + ".nk",
                        "",
                        "comp",
                        shot + "_comp_" + version + ".%04d.exr",
                        "nuke",
                        "none",
                        random.nextBoolean() ? 5 : 10);
            case "Redshift" ->
                new Shape(
                        base + "lookdev_" + version + ".rs",
                        "",
                        "lookdev",
                        shot + "_lookdev.####.exr",
                        "gpu",
                        "gpu_rtx",
                        1);
            case "VRay" ->
                new Shape(
                        base + "env_" + version + ".vrscene", "", "env", shot + "_env.####.exr", "vray", "cpu_64gb", 1);
            case "Arnold" ->
                new Shape(
                        base + "crowd_" + version + ".ass",
                        base + "crowd_" + version,
                        "crowd",
                        shot + "_crowd.####.exr",
                        "maya",
                        "none",
                        1);
            default ->
                new Shape(
                        base + "layout_" + version + ".blend",
                        "",
                        "layout",
                        shot + "_layout.####.exr",
                        "blender",
                        "none",
                        1);
        };
    }

    private Duration taskDuration(String plugin) {
        if (scale == JobScale.DEMO) {
            return Duration.ofSeconds(plugin.equals("Nuke") ? 8 + random.nextInt(15) : 15 + random.nextInt(60));
        }
        int minutes = switch (plugin) {
            case "Nuke" -> 1 + random.nextInt(4);
            case "Redshift", "Blender" -> 2 + random.nextInt(10);
            case "Houdini" -> 10 + random.nextInt(50);
            default -> 5 + random.nextInt(35);
        };
        return Duration.ofMinutes(minutes);
    }

    /** Most jobs render cleanly, some error now and then, a few cannot render at all. */
    private JobSpec withErrors(JobSpec spec) {
        double roll = random.nextDouble();
        ErrorKind kind = ErrorKind.values()[random.nextInt(ErrorKind.values().length)];
        if (roll < 0.07) {
            return spec.withErrors(0.6 + 0.4 * random.nextDouble(), kind);
        }
        if (roll < 0.25) {
            return spec.withErrors(0.01 + 0.07 * random.nextDouble(), kind);
        }
        return spec;
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
