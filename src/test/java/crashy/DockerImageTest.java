package crashy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import crashy.cli.CommandLine;
import crashy.testing.ProcessRun;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Docker image's pieces that run without Docker: its JVM options, its entry point (which makes each ahead-of-time
 * cache with the very command that later reads it: a JVM given a cache made otherwise only warns and runs without it),
 * the preview command's class path, and the training frames. No build here can run Docker itself.
 */
class DockerImageTest {
    private static final Path DOCKER = Path.of("docker");

    /** The preview command's own option: its big arrays start in the old generation (crashy.sh says why). */
    private static final String PRETENURE = "-XX:PretenureSizeThreshold=1m";

    @TempDir
    Path home;

    @Test
    void theImagesJvmOptionsStartAJvm() throws Exception {
        ProcessRun result = run(List.of(ProcessRun.java(), "@docker/jvm.options", "-version"), Map.of());

        assertThat(result.code()).as(result.output()).isZero();
        assertThat(Files.readAllLines(DOCKER.resolve("jvm.options")))
                .filteredOn(line -> !line.isBlank() && !line.startsWith("#"))
                .contains("-Xmx160m", "-XX:+UseSerialGC");
    }

    @Test
    void theEntryPointStartsThePreviewOnItsOwnClassPathAndEverythingElseFromTheJar() throws Exception {
        String h = entryPointHome();
        Files.createFile(home.resolve("preview.aot"));
        Files.createFile(home.resolve("crashy.aot"));

        assertThat(entryPoint(Map.of(), "preview", "in.exr", "-o", "out.jpg"))
                .containsExactly(
                        "@" + h + "/jvm.options",
                        PRETENURE,
                        "-XX:AOTCache=" + h + "/preview.aot",
                        "@" + h + "/preview.args",
                        "preview",
                        "in.exr",
                        "-o",
                        "out.jpg");
        assertThat(entryPoint(Map.of(), "--crashy.deadline.url=http://farm:8081"))
                .containsExactly(
                        "@" + h + "/jvm.options",
                        "-XX:AOTCache=" + h + "/crashy.aot",
                        "-jar",
                        h + "/crashy.jar",
                        "--crashy.deadline.url=http://farm:8081");
        assertThat(entryPoint(Map.of()))
                .containsExactly(
                        "@" + h + "/jvm.options", "-XX:AOTCache=" + h + "/crashy.aot", "-jar", h + "/crashy.jar");
    }

    @Test
    void theEntryPointAsksForNoCacheThatIsNotThere() throws Exception {
        String h = entryPointHome();

        assertThat(entryPoint(Map.of(), "preview", "in.exr", "-o", "out.jpg"))
                .containsExactly(
                        "@" + h + "/jvm.options",
                        PRETENURE,
                        "@" + h + "/preview.args",
                        "preview",
                        "in.exr",
                        "-o",
                        "out.jpg");
        assertThat(entryPoint(Map.of(), "status"))
                .containsExactly("@" + h + "/jvm.options", "-jar", h + "/crashy.jar", "status");
    }

    @Test
    void theEntryPointFindsItsFolderThroughALink() throws Exception {
        String h = entryPointHome();
        Path link = Files.createSymbolicLink(
                Files.createDirectory(home.resolve("bin")).resolve("crashy"), home.resolve("crashy.sh"));
        Map<String, String> java = Map.of("JAVA_HOME", home.resolve("java").toString());

        ProcessRun result = run(List.of("sh", link.toString(), "help"), java);

        assertThat(result.output().lines())
                .containsExactly("@" + h + "/jvm.options", "-jar", h + "/crashy.jar", "help");
    }

    @Test
    void theEntryPointMakesEachCacheWithTheCommandThatReadsIt() throws Exception {
        String h = entryPointHome();
        Map<String, String> training = Map.of("CRASHY_AOT_TRAINING", "1");

        assertThat(entryPoint(training, "preview", "a.exr", "-o", "/tmp"))
                .containsExactly(
                        "@" + h + "/jvm.options",
                        PRETENURE,
                        "-XX:AOTCacheOutput=" + h + "/preview.aot",
                        "@" + h + "/preview.args",
                        "preview",
                        "a.exr",
                        "-o",
                        "/tmp");
        assertThat(entryPoint(training))
                .containsExactly(
                        "@" + h + "/jvm.options", "-XX:AOTCacheOutput=" + h + "/crashy.aot", "-jar", h + "/crashy.jar");
    }

    @Test
    void theDockerfileTrainsBothCachesThroughTheEntryPointOnAJavaThatMakesThem() throws IOException {
        String dockerfile = Files.readString(DOCKER.resolve("Dockerfile")).replace("\\\n", " ");

        assertThat(dockerfile)
                .contains("ENTRYPOINT [\"/opt/crashy/crashy.sh\"]")
                .containsPattern("CRASHY_AOT_TRAINING=1 /opt/crashy/crashy.sh preview /frames/\\* -o /tmp")
                .containsPattern(
                        "CRASHY_AOT_TRAINING=1 .*-Dspring.context.exit=onRefresh\\s+/opt/crashy/crashy.sh </dev/null")
                .contains("/opt/crashy/preview-jar.sh /opt/crashy");
        // -XX:AOTCacheOutput, one training run making the cache, came with Java 25 (JEP 514).
        List<String> bases = Pattern.compile("(?m)^FROM (\\S+)")
                .matcher(dockerfile)
                .results()
                .map(match -> match.group(1))
                .toList();
        Matcher runtime = Pattern.compile("eclipse-temurin:(\\d+)-jre").matcher(bases.get(bases.size() - 1));
        assertThat(runtime.matches()).as(bases.toString()).isTrue();
        assertThat(Integer.parseInt(runtime.group(1))).isGreaterThanOrEqualTo(25);
    }

    @Test
    void thePreviewJarHoldsCrashysClassesAndTwelveMonkeysOnlyWithTheirServiceListsJoined() throws Exception {
        String readers = "META-INF/services/javax.imageio.spi.ImageReaderSpi";
        Manifest thin = new Manifest();
        thin.getMainAttributes().put(Attributes.Name.CLASS_PATH, "lib/spring-core-7.jar lib/imageio-core-3.jar");
        jar(home.resolve("crashy.jar"), thin, Map.of("crashy/cli/CommandLine.class", "", readers, "crashy.Exr"));
        Files.createDirectory(home.resolve("lib"));
        jar(home.resolve("lib/spring-core-7.jar"), new Manifest(), Map.of("spring/Core.class", ""));
        jar(home.resolve("lib/imageio-tiff-3.jar"), new Manifest(), Map.of("tiff/Reader.class", "", readers, "tiff.R"));
        jar(home.resolve("lib/common-lang-3.jar"), new Manifest(), Map.of("lang/Util.class", ""));
        jar(home.resolve("lib/commons-io-2.jar"), new Manifest(), Map.of("io/Other.class", ""));

        ProcessRun result = run(
                List.of("sh", DOCKER.resolve("preview-jar.sh").toString(), home.toString()),
                Map.of("PATH", Path.of(System.getProperty("java.home"), "bin") + ":" + System.getenv("PATH")));

        assertThat(result.code()).as(result.output()).isZero();
        String h = home.toRealPath().toString();
        assertThat(Files.readString(home.resolve("preview.args")).trim())
                .isEqualTo("-cp " + h + "/preview.jar crashy.CrashyApplication");
        try (JarFile preview = new JarFile(home.resolve("preview.jar").toFile())) {
            assertThat(preview.stream().map(JarEntry::getName).filter(name -> name.endsWith(".class")))
                    .containsExactlyInAnyOrder("crashy/cli/CommandLine.class", "tiff/Reader.class", "lang/Util.class");
            assertThat(new String(preview.getInputStream(preview.getEntry(readers))
                                    .readAllBytes())
                            .lines())
                    .filteredOn(line -> !line.isBlank())
                    .containsExactlyInAnyOrder("crashy.Exr", "tiff.R");
            assertThat(preview.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH))
                    .isNull();
        }
    }

    @Test
    void theTrainingFramesAreEveryCompressionAndAllPreview() throws Exception {
        // The image's build stops if its training run cannot preview one of them (the RUN fails on exit code 1).
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/oiiotool")) || System.getenv("CI") != null, "no oiiotool");
        Path frames = home.resolve("frames");
        ProcessRun made =
                run(List.of("bash", DOCKER.resolve("training-frames.sh").toString(), frames.toString()), Map.of());
        assertThat(made.code()).as(made.output()).isZero();
        List<String> args = new ArrayList<>(List.of("preview"));
        try (Stream<Path> listing = Files.list(frames)) {
            listing.sorted().forEach(frame -> args.add(frame.toString()));
        }
        Path previews = Files.createDirectory(home.resolve("previews"));
        args.addAll(List.of("-o", previews.toString()));

        assertThat(CommandLine.run(args.toArray(String[]::new))).isZero();

        try (Stream<Path> listing = Files.list(previews)) {
            assertThat(listing.map(path -> path.getFileName().toString()))
                    .hasSize(22)
                    .contains(
                            "training_scan_dwab.jpg",
                            "training_tile64_b44.jpg",
                            "training_float_zip.jpg",
                            "training.jpg");
        }
    }

    /** Copies the entry point into the temporary home, as the image has it in /opt/crashy; returns the home. */
    private String entryPointHome() throws IOException {
        Files.copy(DOCKER.resolve("crashy.sh"), home.resolve("crashy.sh"), StandardCopyOption.REPLACE_EXISTING);
        Path bin = Files.createDirectories(home.resolve("java/bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
        assertThat(java.toFile().setExecutable(true)).isTrue();
        return home.toRealPath().toString();
    }

    /** The arguments the entry point gives java (a stand-in that prints them), with the image's JAVA_HOME set. */
    private List<String> entryPoint(Map<String, String> environment, String... args) throws Exception {
        List<String> command =
                new ArrayList<>(List.of("sh", home.resolve("crashy.sh").toString()));
        command.addAll(List.of(args));
        Map<String, String> withJava = new HashMap<>(environment);
        withJava.put("JAVA_HOME", home.resolve("java").toString());
        ProcessRun result = run(command, withJava);
        assertThat(result.code()).as(result.output()).isZero();
        return result.output().lines().toList();
    }

    /** Runs the command; an inherited CRASHY_AOT_TRAINING would turn the entry point to training, so it is empty. */
    private static ProcessRun run(List<String> command, Map<String, String> environment) throws Exception {
        Map<String, String> variables = new HashMap<>(Map.of("CRASHY_AOT_TRAINING", ""));
        variables.putAll(environment);
        return ProcessRun.of(command, variables, Duration.ofSeconds(60));
    }

    private static void jar(Path file, Manifest manifest, Map<String, String> entries) throws IOException {
        manifest.getMainAttributes().putIfAbsent(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (OutputStream out = Files.newOutputStream(file);
                JarOutputStream jar = new JarOutputStream(out, manifest)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                jar.putNextEntry(new JarEntry(entry.getKey()));
                jar.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
    }
}
