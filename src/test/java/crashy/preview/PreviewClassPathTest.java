package crashy.preview;

import static org.assertj.core.api.Assertions.assertThat;

import crashy.testing.ProcessRun;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview command needs nothing but Crashy's classes and TwelveMonkeys' jars: the Docker image starts it on that
 * class path alone (docker/preview-jar.sh picks {@code lib/imageio-*.jar} and {@code lib/common-*.jar}). A new JVM
 * with only those previews every kind of frame: the derived EXR fixtures (each compression, tiled, multi-part, layers,
 * data windows), luminance/chroma, and the other formats through TwelveMonkeys.
 */
class PreviewClassPathTest {
    @TempDir
    Path temp;

    @Test
    void previewsEveryKindOfFrameWithOnlyTwelveMonkeysBesideCrashy() throws Exception {
        List<Path> frames = EveryKindOfFrame.frames(temp);
        Path out = Files.createDirectory(temp.resolve("previews"));

        List<String> command = new ArrayList<>(
                List.of(ProcessRun.java(), "-cp", previewClassPath(), "crashy.CrashyApplication", "preview"));
        frames.forEach(frame -> command.add(frame.toString()));
        command.addAll(List.of("-o", out.toString(), "--width", "64"));
        Process process = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();

        assertThat(errors.lines())
                .as("the one damaged fixture, and nothing missing from the class path")
                .containsExactly(EveryKindOfFrame.TRUNCATED);
        assertThat(process.exitValue()).isEqualTo(1);
        EveryKindOfFrame.assertPreviewed(frames, out, 64);
    }

    /** This build's classes and, of the libraries, TwelveMonkeys' jars only, chosen by name as preview-jar.sh does. */
    private static String previewClassPath() {
        List<String> path = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            boolean twelveMonkeys =
                    name.endsWith(".jar") && (name.startsWith("imageio-") || name.startsWith("common-"));
            if (entry.endsWith(Path.of("target", "classes").toString()) || twelveMonkeys) {
                path.add(entry);
            }
        }
        assertThat(path).as("classes and TwelveMonkeys jars").hasSizeGreaterThan(5);
        return String.join(File.pathSeparator, path);
    }
}
