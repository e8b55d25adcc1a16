package crashy.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JpegBandsTest {
    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"1280, 720", "1281, 721", "100, 129", "17, 300", "1280, 2000"})
    void decodesToExactlyThePixelsOfOneEncoding(int width, int height) throws IOException {
        BufferedImage picture = picture(width, height);

        byte[] banded = JpegBands.encode(picture, 0.85f);

        assertThat(banded).isNotNull();
        List<String> warnings = new ArrayList<>();
        assertThat(pixels(read(banded, warnings)))
                .isEqualTo(pixels(read(JpegEncoder.imageIo(picture, 0.85f), new ArrayList<>())));
        assertThat(warnings).isEmpty();
    }

    @Test
    void joinsTheBandsWithARestartIntervalOfOneBandAndRestartMarkersInTurn() {
        BufferedImage picture = picture(1280, 1300);

        byte[] jpeg = JpegBands.encode(picture, 0.85f);

        List<Integer> markers = markers(jpeg);
        int dri = indexOf(jpeg, 0xdd);
        // 128 rows of 16-row MCUs, 80 MCUs wide.
        assertThat(((jpeg[dri + 4] & 0xff) << 8) | (jpeg[dri + 5] & 0xff)).isEqualTo(8 * 80);
        int sof = indexOf(jpeg, 0xc0);
        assertThat(((jpeg[sof + 5] & 0xff) << 8) | (jpeg[sof + 6] & 0xff)).isEqualTo(1300);
        assertThat(markers.subList(markers.indexOf(0xda) + 1, markers.size()))
                .as("11 bands: RST0 to RST7, then RST0 again")
                .containsExactly(0xd0, 0xd1, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7, 0xd0, 0xd1, 0xd9);
    }

    @Test
    void encodesPicturesOfOneBandWhole() throws IOException {
        BufferedImage picture = picture(300, JpegBands.BAND_ROWS);

        assertThat(JpegBands.splits(picture)).isFalse();
        assertThat(JpegEncoder.encode(picture, 0.85f)).isEqualTo(JpegEncoder.imageIo(picture, 0.85f));
        assertThat(JpegBands.splits(picture(300, JpegBands.BAND_ROWS + 1))).isTrue();
    }

    @Test
    void refusesToJoinBandsWhoseHeadersDiffer() {
        BufferedImage picture = picture(256, 256);
        byte[] top = JpegEncoder.imageIo(picture.getSubimage(0, 0, 256, 128), 0.85f);
        byte[] bottomOfOtherQuality = JpegEncoder.imageIo(picture.getSubimage(0, 128, 256, 128), 0.5f);

        assertThat(JpegBands.join(new byte[][] {top, bottomOfOtherQuality}, 256))
                .isNull();
    }

    @Test
    void aDecoderOfAnotherMakeReadsTheJoinedJpegAsTheWholeOne() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/oiiotool")) || System.getenv("CI") != null);
        BufferedImage picture = picture(1281, 721);
        Path banded = Files.write(temp.resolve("banded.jpg"), JpegBands.encode(picture, 0.85f));
        Path whole = Files.write(temp.resolve("whole.jpg"), JpegEncoder.imageIo(picture, 0.85f));

        Process diff = new ProcessBuilder("oiiotool", "--fail", "0", banded.toString(), whole.toString(), "--diff")
                .redirectErrorStream(true)
                .start();
        String output = new String(diff.getInputStream().readAllBytes());

        assertThat(diff.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(diff.exitValue()).as(output).isZero();
        assertThat(output)
                .contains("PASS")
                .doesNotContainIgnoringCase("warning")
                .doesNotContainIgnoringCase("corrupt");
    }

    /** Smooth gradients with noise on top, so that every block has AC values. */
    private static BufferedImage picture(int width, int height) {
        BufferedImage picture = RgbPictures.blank(width, height);
        byte[] bytes = ((DataBufferByte) picture.getRaster().getDataBuffer()).getData();
        Random random = new Random(width * 31L + height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int at = 3 * (y * width + x);
                bytes[at] = (byte) (x * 255 / width + random.nextInt(24));
                bytes[at + 1] = (byte) (y * 255 / height + random.nextInt(24));
                bytes[at + 2] = (byte) ((x ^ y) + random.nextInt(24));
            }
        }
        return picture;
    }

    private static BufferedImage read(byte[] jpeg, List<String> warnings) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName("jpeg").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
            reader.setInput(in);
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            return reader.read(0);
        } finally {
            reader.dispose();
        }
    }

    private static int[] pixels(BufferedImage picture) {
        return picture.getRGB(0, 0, picture.getWidth(), picture.getHeight(), null, 0, picture.getWidth());
    }

    /** The markers of a JPEG, in order: those of its segments, then those within and after its entropy-coded data. */
    private static List<Integer> markers(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        for (int i = 0; i + 1 < jpeg.length; i++) {
            int next = jpeg[i + 1] & 0xff;
            if ((jpeg[i] & 0xff) == 0xff && next != 0 && next != 0xff) {
                markers.add(next);
                boolean standsAlone = next == 0xd8 || next == 0xd9 || (next >= 0xd0 && next <= 0xd7);
                i += standsAlone ? 1 : ((jpeg[i + 2] & 0xff) << 8 | (jpeg[i + 3] & 0xff)) + 1;
            }
        }
        return markers;
    }

    private static int indexOf(byte[] jpeg, int marker) {
        for (int i = 0; i + 1 < jpeg.length; i++) {
            if ((jpeg[i] & 0xff) == 0xff && (jpeg[i + 1] & 0xff) == marker) {
                return i;
            }
        }
        throw new AssertionError("no marker " + Integer.toHexString(marker));
    }
}
