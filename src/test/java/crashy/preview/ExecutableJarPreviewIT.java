package crashy.preview;

import static org.assertj.core.api.Assertions.assertThat;

import crashy.testing.ProcessRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview command as the README runs it, {@code java -jar target/crashy.jar preview}, on the Spring Boot jar the
 * build made: it previews every kind of frame, and it does so on a class loader of its own holding Crashy's classes
 * and TwelveMonkeys only (crashy.cli.SpringBootJarPreview), so Spring Boot's loader never searches the other libraries.
 */
class ExecutableJarPreviewIT {
    private static final Path JAR = Path.of("target", "crashy.jar");

    /** A class-loading log line of the JVM's, its thread id first: the class and where it came from, or its loader. */
    private static final Pattern LOADED = Pattern.compile("^\\[(\\d+)\\] (\\S+) source: (.*)$");

    private static final Pattern LOADER = Pattern.compile("^\\[(\\d+)\\]  klass: .* for instance a '([^']+)'.*$");

    @TempDir
    Path temp;

    @Test
    void previewsEveryKindOfFrameOnCrashysClassesAndTwelveMonkeysAlone() throws Exception {
        assertThat(JAR)
                .as("the build's jar (the package phase runs before this test)")
                .isRegularFile();
        List<Path> frames = EveryKindOfFrame.frames(temp);
        Path out = Files.createDirectory(temp.resolve("previews"));
        Path log = temp.resolve("class-loading.log");

        List<String> command = new ArrayList<>(
                List.of(ProcessRun.java(), "-Xlog:class+load=debug:stdout:tid", "-jar", JAR.toString(), "preview"));
        frames.forEach(frame -> command.add(frame.toString()));
        command.addAll(List.of("-o", out.toString(), "--width", "64"));
        Process process =
                new ProcessBuilder(command).redirectOutput(log.toFile()).start();
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();

        assertThat(errors.lines()).containsExactly(EveryKindOfFrame.TRUNCATED);
        assertThat(process.exitValue()).isEqualTo(1);
        EveryKindOfFrame.assertPreviewed(frames, out, 64);

        Map<String, Set<String>> loaders = loaders(Files.readAllLines(log));
        String own = "java/net/URLClassLoader";
        assertThat(loaders)
                .as("the preview's classes, loaded by the command's own class loader only")
                .containsEntry("crashy.preview.Previews", Set.of(own))
                .containsEntry("crashy.preview.exr.ExrHeader", Set.of(own))
                .containsEntry("com.twelvemonkeys.imageio.ImageReaderBase", Set.of(own));
        assertThat(loaders.entrySet().stream()
                        .filter(loaded ->
                                loaded.getValue().stream().anyMatch(type -> type.endsWith("/LaunchedClassLoader")))
                        .map(Map.Entry::getKey))
                .as("Spring Boot's loader only hands the command over")
                .containsExactlyInAnyOrder(
                        "crashy.CrashyApplication",
                        "crashy.cli.CommandLine",
                        "crashy.cli.PreviewCommandLine",
                        "crashy.cli.SpringBootJarPreview",
                        // The verifier's, for PreviewCommandLine's catch clause.
                        "crashy.preview.UnreadableFrameException");
    }

    /** Each class the log names, with the types of the loaders that defined it. */
    private static Map<String, Set<String>> loaders(List<String> lines) {
        Map<String, String> pending = new HashMap<>();
        Map<String, Set<String>> loaders = new HashMap<>();
        for (String line : lines) {
            Matcher loaded = LOADED.matcher(line);
            Matcher loader = LOADER.matcher(line);
            if (loaded.matches()) {
                pending.put(loaded.group(1), loaded.group(2));
            } else if (loader.matches() && pending.containsKey(loader.group(1))) {
                loaders.computeIfAbsent(pending.remove(loader.group(1)), name -> new HashSet<>())
                        .add(loader.group(2));
            }
        }
        return loaders;
    }
}
