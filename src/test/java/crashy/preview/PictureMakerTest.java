package crashy.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PictureMakerTest {
    private static final PictureSettings PLAIN = PictureSettings.DEFAULT;

    @Test
    void encodesLinearMidGreyWithTheSrgbCurve() {
        BufferedImage picture = PictureMaker.make(LinearImage.grey(4, 4, filled(16, 0.5f)), PLAIN);

        assertThat(rgb(picture, 0, 0)).containsExactly(188, 188, 188);
        assertThat(PictureMaker.toSrgb(0.0031308f)).isEqualTo(10);
        assertThat(PictureMaker.toSrgb(0.18f)).isEqualTo(118);
    }

    @Test
    void averagesAreasWhenShrinking() {
        float[] checker = new float[64 * 64];
        for (int i = 0; i < checker.length; i++) {
            checker[i] = ((i % 64 + i / 64) & 1) == 0 ? 1f : 0f;
        }

        BufferedImage picture = PictureMaker.make(LinearImage.grey(64, 64, checker), PLAIN.withWidth(16));

        assertThat(picture.getWidth()).isEqualTo(16);
        assertThat(rgb(picture, 5, 5)).containsExactly(188, 188, 188);
    }

    @Test
    void makesNanInfiniteAndNegativeValuesSafe() {
        float[] bad = {Float.NaN, Float.NEGATIVE_INFINITY, -3f, Float.POSITIVE_INFINITY};

        BufferedImage picture = PictureMaker.make(LinearImage.grey(4, 1, bad), PLAIN);

        assertThat(rgb(picture, 0, 0)).containsExactly(0, 0, 0);
        assertThat(rgb(picture, 2, 0)).containsExactly(0, 0, 0);
        assertThat(rgb(picture, 3, 0)).containsExactly(255, 255, 255);
    }

    @Test
    void framesTheDataWindowOnTheDisplayWindowOverTheCheckerboard() {
        float[] white = filled(4, 1f);
        LinearImage image = new LinearImage(2, 2, white, white, white, null, 32, 32, 20, 20, 1);

        BufferedImage picture = PictureMaker.make(image, PLAIN);

        assertThat(picture.getWidth()).isEqualTo(32);
        assertThat(rgb(picture, 20, 20)).containsExactly(255, 255, 255);
        assertThat(rgb(picture, 0, 0)).containsExactly(118, 118, 118);
        assertThat(rgb(picture, 8, 0)).containsExactly(144, 144, 144);
    }

    @Test
    void keepsEmissivePixelsWithZeroAlphaVisible() {
        float[] glow = filled(1, 0.5f);
        LinearImage image = new LinearImage(1, 1, glow, glow, glow, new float[] {0f}, 1, 1, 0, 0, 1);

        BufferedImage picture = PictureMaker.make(image, PLAIN);

        assertThat(rgb(picture, 0, 0)[0]).isGreaterThan(188);
    }

    @Test
    void stretchesForNonSquarePixelsAndHonoursExposure() {
        BufferedImage wide = PictureMaker.make(
                new LinearImage(
                        10, 10, filled(100, 0.25f), filled(100, 0.25f), filled(100, 0.25f), null, 10, 10, 0, 0, 2f),
                PLAIN.withExposure(1));

        assertThat(wide.getWidth()).isEqualTo(20);
        assertThat(wide.getHeight()).isEqualTo(10);
        assertThat(rgb(wide, 3, 3)).containsExactly(188, 188, 188);
    }

    @Test
    void writesAJpegThatReadsBack() throws IOException {
        BufferedImage picture = PictureMaker.make(LinearImage.grey(64, 32, filled(64 * 32, 0.2f)), PLAIN);

        byte[] jpeg = JpegEncoder.encode(picture, 0.85f);

        BufferedImage read = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertThat(read.getWidth()).isEqualTo(64);
        assertThat(jpeg.length).isLessThan(JpegEncoder.MAX_BYTES);
    }

    private static float[] filled(int size, float value) {
        float[] values = new float[size];
        Arrays.fill(values, value);
        return values;
    }

    private static int[] rgb(BufferedImage picture, int x, int y) {
        int rgb = picture.getRGB(x, y);
        return new int[] {(rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff};
    }
}
