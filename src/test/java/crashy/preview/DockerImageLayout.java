package crashy.preview;

import crashy.testing.ProcessRun;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Docker image's /opt/crashy, laid out in a work folder with docker/Dockerfile's steps (the extracted jar, the
 * preview's class path, the entry point and its JVM options, and the preview cache trained on the training frames),
 * for the previews benchmark. {@code command} starts a command the way the image does, with the given Java.
 */
record DockerImageLayout(List<String> command) {

    static DockerImageLayout build(Path jar, Path javaHome, Path work) throws Exception {
        String java = ProcessRun.java();
        Path home = work.resolve("opt-crashy");
        run(List.of(
                java,
                "-Djarmode=tools",
                "-jar",
                jar.toString(),
                "extract",
                "--destination",
                home.toString(),
                "--application-filename",
                "crashy.jar"));
        for (String file : List.of("jvm.options", "crashy.sh")) {
            Files.copy(Path.of("docker", file), home.resolve(file));
        }
        String path = Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH");
        run(List.of("env", "PATH=" + path, "sh", "docker/preview-jar.sh", home.toString()));
        Path frames = work.resolve("training-frames");
        run(List.of("bash", "docker/training-frames.sh", frames.toString()));
        List<String> command = List.of(
                "env", "JAVA_HOME=" + javaHome, "sh", home.resolve("crashy.sh").toString());
        List<String> training = new ArrayList<>(List.of("env", "CRASHY_AOT_TRAINING=1"));
        training.addAll(command);
        training.add("preview");
        try (Stream<Path> listing = Files.list(frames)) {
            listing.sorted().forEach(frame -> training.add(frame.toString()));
        }
        training.addAll(List.of(
                "-o", Files.createDirectories(work.resolve("training-previews")).toString()));
        run(training);
        return new DockerImageLayout(command);
    }

    private static void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().transferTo(OutputStream.nullOutputStream());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }
}
