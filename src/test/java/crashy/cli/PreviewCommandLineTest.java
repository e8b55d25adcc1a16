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

    private int run(String... args) {
        return new PreviewCommandLine(Decoders.all(), new PrintStream(err, true, StandardCharsets.UTF_8)).convert(args);
    }
}
