package crashy.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RgbPicturesTest {
    @Test
    void keepsEveryPixelBothWays() {
        BufferedImage drawn = new BufferedImage(37, 23, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(5);
        for (int y = 0; y < drawn.getHeight(); y++) {
            for (int x = 0; x < drawn.getWidth(); x++) {
                drawn.setRGB(x, y, random.nextInt());
            }
        }

        BufferedImage rgb = RgbPictures.fromIntRgb(drawn);
        BufferedImage back = RgbPictures.toIntRgb(rgb);

        assertThat(RgbPictures.isRgb(rgb)).isTrue();
        assertThat(pixels(rgb)).isEqualTo(pixels(drawn));
        assertThat(RgbPictures.bytes(rgb)).startsWith(red(drawn, 0, 0), green(drawn, 0, 0), blue(drawn, 0, 0));
        assertThat(back.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(pixels(back)).isEqualTo(pixels(drawn));
    }

    @Test
    void copiesPicturesOfOtherLayoutsThroughJava2d() {
        BufferedImage bgr = new BufferedImage(9, 4, BufferedImage.TYPE_3BYTE_BGR);
        bgr.setRGB(3, 2, 0x123456);

        assertThat(RgbPictures.isRgb(bgr)).isFalse();
        assertThat(RgbPictures.isRgb(RgbPictures.blank(9, 4).getSubimage(0, 1, 9, 2)))
                .isFalse();
        assertThat(RgbPictures.toIntRgb(bgr).getRGB(3, 2) & 0xffffff).isEqualTo(0x123456);
        assertThat(RgbPictures.fromIntRgb(bgr)).as("left as it is").isSameAs(bgr);
    }

    private static int[] pixels(BufferedImage picture) {
        return picture.getRGB(0, 0, picture.getWidth(), picture.getHeight(), null, 0, picture.getWidth());
    }

    private static byte red(BufferedImage picture, int x, int y) {
        return (byte) (picture.getRGB(x, y) >>> 16);
    }

    private static byte green(BufferedImage picture, int x, int y) {
        return (byte) (picture.getRGB(x, y) >>> 8);
    }

    private static byte blue(BufferedImage picture, int x, int y) {
        return (byte) picture.getRGB(x, y);
    }
}
