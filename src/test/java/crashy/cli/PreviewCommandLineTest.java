package crashy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewCommandLineTest {
    @TempDir
    Path temp;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void writesAJpegNoWiderThanAsked() throws IOException {
        Path png = temp.resolve("frame.0001.png");
        BufferedImage image = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
        image.createGraphics().setColor(Color.ORANGE);
        ImageIO.write(image, "png", png.toFile());
        Path out = temp.resolve("out.jpg");

        int code = run(png.toString(), "-o", out.toString(), "--width", "100");

        assertThat(code).isZero();
        assertThat(ImageIO.read(out.toFile()).getWidth()).isEqualTo(100);
    }

    @Test
    void namesTheProblemWithAFileThatIsNotAnImage() throws IOException {
        Path junk = Files.writeString(temp.resolve("frame.0001.exr.partial"), "not an image");

        int code = run(junk.toString(), "-o", temp.resolve("out.jpg").toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("crashy preview: frame.0001.exr.partial is not an image format Crashy reads (EXR, PNG,"
                        + " JPEG, TIFF, TGA, PSD, HDR)\n");
    }

    @Test
    void explainsBadArguments() {
        assertThat(run("in.exr")).isEqualTo(2);
        assertThat(run("in.exr", "-o", "o.jpg", "--width", "wide")).isEqualTo(2);
        assertThat(run("in.exr", "-o", "o.jpg", "--width", "5")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("no output given")
                .contains("--width takes a whole number of pixels, not wide")
                .contains("between 16 and 8192");
    }

    @Test
    void writesSeveralFramesIntoAFolderAndNamesTheOneItCannotRead() throws IOException {
        Path first = png("shot.0001.png", 400, 200);
        Path second = png("shot.0002.png", 300, 300);
        Path junk = Files.writeString(temp.resolve("shot.0003.exr"), "half written");
        Path folder = Files.createDirectory(temp.resolve("previews"));

        int code = run(first.toString(), junk.toString(), second.toString(), "-o", folder.toString(), "--width", "60");

        assertThat(code).isEqualTo(1);
        assertThat(ImageIO.read(folder.resolve("shot.0001.jpg").toFile()).getWidth())
                .isEqualTo(60);
        assertThat(ImageIO.read(folder.resolve("shot.0002.jpg").toFile()).getHeight())
                .isEqualTo(60);
        assertThat(folder.resolve("shot.0003.jpg")).doesNotExist();
        assertThat(err.toString(StandardCharsets.UTF_8).lines())
                .singleElement()
                .asString()
                .isEqualTo("crashy preview: cannot read shot.0003.exr: not an OpenEXR file (magic number 666c6168)");
    }

    @Test
    void writesOneFrameIntoAFolderUnderItsOwnName() throws IOException {
        Path frame = png("beauty.0042.png", 100, 50);

        assertThat(run(frame.toString(), "-o", temp.toString())).isZero();

        assertThat(temp.resolve("beauty.0042.jpg")).isRegularFile();
    }

    @Test
    void refusesSeveralFramesWithoutAFolderOrWithClashingNames() throws IOException {
        Path frame = png("frame.png", 20, 20);
        Path other = png("frame.tif", 20, 20);

        assertThat(run(
                        frame.toString(),
                        other.toString(),
                        "-o",
                        temp.resolve("out.jpg").toString()))
                .isEqualTo(2);
        assertThat(run(frame.toString(), other.toString(), "-o", temp.toString()))
                .isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("crashy preview: 2 frames need -o to name an existing folder, not " + temp.resolve("out.jpg"))
                .contains(frame + " and " + other + " would both be written to " + temp.resolve("frame.jpg"));
        assertThat(temp.resolve("frame.jpg")).doesNotExist();
    }

    private Path png(String name, int width, int height) throws IOException {
        Path file = temp.resolve(name);
        ImageIO.write(
                new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB),
                name.endsWith("tif") ? "tiff" : "png",
                file.toFile());
        return file;
    }

    private int run(String... args) {
        return new PreviewCommandLine(Decoders.all(), new PrintStream(err, true, StandardCharsets.UTF_8)).convert(args);
    }
}
