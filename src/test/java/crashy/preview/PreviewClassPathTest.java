package crashy.preview;

import static org.assertj.core.api.Assertions.assertThat;

import crashy.testing.ProcessRun;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview command needs nothing but Crashy's classes and TwelveMonkeys' jars: the Docker image starts it on that
 * class path alone (docker/preview-jar.sh picks {@code lib/imageio-*.jar} and {@code lib/common-*.jar}). A new JVM
 * with only those previews every kind of frame: the derived EXR fixtures (each compression, tiled, multi-part, layers,
 * data windows), luminance/chroma, and the other formats through TwelveMonkeys.
 */
class PreviewClassPathTest {
    private static final Path FIXTURES = Path.of("..", "shared", "fixtures", "exr");

    @TempDir
    Path temp;

    @Test
    void previewsEveryKindOfFrameWithOnlyTwelveMonkeysBesideCrashy() throws Exception {
        List<Path> frames = new ArrayList<>(exrs(FIXTURES.resolve("derived")));
        frames.add(FIXTURES.resolve("Chromaticities_Rec709_YC.exr"));
        frames.addAll(otherFormats());
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
                .containsExactly(
                        "crashy preview: desk_truncated_piz.exr: chunk 2 of part 0 lies at offset 181467, outside"
                                + " the file's data (555..100000): the file is truncated or corrupt");
        assertThat(process.exitValue()).isEqualTo(1);
        for (Path frame : frames) {
            String name = frame.getFileName().toString();
            if (!name.startsWith("desk_truncated")) {
                Path jpeg = out.resolve(name.substring(0, name.lastIndexOf('.')) + ".jpg");
                assertThat(ImageIO.read(jpeg.toFile()).getWidth()).as(name).isLessThanOrEqualTo(64);
            }
        }
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

    private static List<Path> exrs(Path folder) throws IOException {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(file -> file.toString().endsWith(".exr"))
                    .sorted()
                    .toList();
        }
    }

    private List<Path> otherFormats() throws IOException {
        BufferedImage image = new BufferedImage(80, 40, BufferedImage.TYPE_INT_RGB);
        image.setRGB(10, 10, 0xff8020);
        List<Path> files = new ArrayList<>();
        for (String format : List.of("png", "jpg", "tif", "tga")) {
            Path file = temp.resolve(format + "-frame." + format);
            assertThat(ImageIO.write(image, format.equals("tif") ? "tiff" : format, file.toFile()))
                    .isTrue();
            files.add(file);
        }
        files.add(Files.write(temp.resolve("sky.hdr"), OtherFormatsPreviewTest.radiance()));
        files.add(Files.write(
                temp.resolve("paint.psd"), OtherFormatsPreviewTest.photoshop(6, 4, 8, new int[] {0xff, 0x80, 0x20})));
        return files;
    }
}
