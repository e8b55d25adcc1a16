package crashy.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Crashy's 8-bit picture against oiiotool's conversion of the same frame ({@code --ch R,G,B --resize:filter=box
 * --colorconvert linear sRGB}): at least 35 dB PSNR on fixtures whose data window is their display window. CI installs
 * oiiotool (Debian openimageio-tools); elsewhere the test is skipped when it is missing.
 */
class OiiotoolComparisonTest {
    private static final double MIN_PSNR = 35;
    private static final int WIDTH = 320;

    /** Black behind transparent pixels, as oiiotool's {@code --ch R,G,B} drops alpha from premultiplied colour. */
    private static final PictureSettings LIKE_OIIOTOOL = new PictureSettings(WIDTH, 0, 0.85f, 0f, 0f);

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ScanLines_Desk.exr",
                "ScanLines_CandleGlass.exr",
                "ScanLines_MtTamWest.exr",
                "ScanLines_Cannon.exr",
                "Tiles_GoldenGate.exr",
                "TestImages_GammaChart.exr",
                "derived/desk_dwaa.exr",
                "derived/desk_dwab.exr",
                "derived/desk_tiled32_dwaa.exr",
                "derived/desk_float_zip.exr",
                "derived/desk_none.exr",
                "derived/desk_rle.exr"
            })
    void matchesOiiotoolWithinThirtyFiveDecibels(String fixture) throws Exception {
        assumeTrue(hasOiiotool() || System.getenv("CI") != null, "oiiotool is not installed");
        Path exr = ExrPreviewTest.FIXTURES.resolve(fixture);
        BufferedImage ours = new Previews(ExrFrameDecoder.withImageIo()).picture(exr, LIKE_OIIOTOOL, Optional.empty());
        BufferedImage theirs = oiiotool(exr, ours.getWidth(), ours.getHeight());

        assertThat(psnr(ours, theirs)).as(fixture).isGreaterThanOrEqualTo(MIN_PSNR);
    }

    private BufferedImage oiiotool(Path exr, int width, int height) throws IOException, InterruptedException {
        Path png = temp.resolve("oiiotool.png");
        Process process = new ProcessBuilder(
                        "oiiotool",
                        exr.toString(),
                        "--ch",
                        "R,G,B",
                        "--resize:filter=box",
                        width + "x" + height,
                        "--colorconvert",
                        "linear",
                        "sRGB",
                        "-d",
                        "uint8",
                        "-o",
                        png.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return ImageIO.read(png.toFile());
    }

    static double psnr(BufferedImage a, BufferedImage b) {
        assertThat(b.getWidth()).isEqualTo(a.getWidth());
        assertThat(b.getHeight()).isEqualTo(a.getHeight());
        double sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    double d = ((p >> shift) & 0xff) - ((q >> shift) & 0xff);
                    sum += d * d;
                }
            }
        }
        double mse = sum / (a.getWidth() * (double) a.getHeight() * 3);
        return mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(255 * 255 / mse);
    }

    private static boolean hasOiiotool() {
        return Files.isExecutable(Path.of("/usr/bin/oiiotool"))
                || Files.isExecutable(Path.of("/usr/local/bin/oiiotool"));
    }
}
