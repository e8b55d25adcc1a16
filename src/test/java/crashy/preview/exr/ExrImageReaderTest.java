package crashy.preview.exr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Rectangle;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;

class ExrImageReaderTest {

    @Test
    void imageIoFindsTheReaderByFormatNameAndSuffix() {
        assertThat(ImageIO.getImageReadersByFormatName("exr").next()).isInstanceOf(ExrImageReader.class);
        assertThat(ImageIO.getImageReadersBySuffix("exr").next()).isInstanceOf(ExrImageReader.class);
    }

    @Test
    void readsRgbaAsAFloatLinearImageWithTheDecodedSamples() throws Exception {
        BufferedImage image =
                ImageIO.read(ExrFixtures.file("derived/desk_rle.exr").toFile());
        List<ExrChannelPixels> expected;
        try (ExrFile file = ExrFile.open(ExrFixtures.file("derived/desk_rle.exr"))) {
            expected = file.decode(0, List.of("R", "G", "B", "A"));
        }

        assertThat(image.getWidth()).isEqualTo(322);
        assertThat(image.getHeight()).isEqualTo(437);
        assertThat(image.getColorModel().getColorSpace()).isEqualTo(ColorSpace.getInstance(ColorSpace.CS_LINEAR_RGB));
        assertThat(image.getColorModel().hasAlpha()).isTrue();
        assertThat(image.isAlphaPremultiplied()).isTrue();
        assertThat(image.getRaster().getSampleFloat(100, 200, 0))
                .isEqualTo(expected.get(0).sample(100, 200));
        assertThat(image.getRaster().getSampleFloat(321, 436, 2))
                .isEqualTo(expected.get(2).sample(321, 436));
    }

    @Test
    void readsALuminanceOnlyFileAsGrey() throws Exception {
        BufferedImage image = ImageIO.read(
                ExrFixtures.file("TestImages_GrayRampsHorizontal.exr").toFile());

        assertThat(image.getColorModel().getColorSpace().getType()).isEqualTo(ColorSpace.TYPE_GRAY);
        assertThat(image.getRaster().getNumBands()).isEqualTo(1);
    }

    @Test
    void offersEveryPartOfAMultipartFileAsAnImage() throws Exception {
        try (ImageInputStream stream = ImageIO.createImageInputStream(
                ExrFixtures.file("Beachball_multipart.0001.exr").toFile())) {
            ImageReader reader = ImageIO.getImageReaders(stream).next();
            reader.setInput(stream);

            assertThat(reader.getNumImages(true)).isEqualTo(10);
            assertThat(reader.getWidth(3)).isEqualTo(1490 - 1106 + 1);
            assertThat(reader.read(1).getRaster().getNumBands()).isEqualTo(1);
        }
    }

    @Test
    void honoursSourceRegionAndSubsampling() throws Exception {
        ImageReader reader = ImageIO.getImageReadersByFormatName("exr").next();
        try (ImageInputStream stream = ImageIO.createImageInputStream(
                ExrFixtures.file("TestImages_stripes.exr").toFile())) {
            reader.setInput(stream);
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceRegion(new Rectangle(10, 5, 40, 20));
            param.setSourceSubsampling(2, 2, 0, 0);
            BufferedImage full = reader.read(0);

            BufferedImage part = reader.read(0, param);

            assertThat(part.getWidth()).isEqualTo(20);
            assertThat(part.getHeight()).isEqualTo(10);
            assertThat(part.getRaster().getSampleFloat(3, 4, 1))
                    .isEqualTo(full.getRaster().getSampleFloat(10 + 6, 5 + 8, 1));
        } finally {
            reader.dispose();
        }
    }

    @Test
    void readsFromAStreamOfUnknownLengthAndRefusesItWhenCut() throws Exception {
        byte[] whole = ExrFixtures.bytes("TestImages_stripes.exr");
        byte[] cut = Arrays.copyOf(whole, whole.length - 100);

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(whole));

        assertThat(image.getWidth()).isEqualTo(100);
        assertThatThrownBy(() -> ImageIO.read(new ByteArrayInputStream(cut))).isInstanceOf(ExrFormatException.class);
    }

    @Test
    void refusesADamagedFileWithAnIioException() {
        assertThatThrownBy(() -> ImageIO.read(
                        ExrFixtures.file("derived/desk_truncated_piz.exr").toFile()))
                .isInstanceOf(IIOException.class)
                .isInstanceOf(ExrFormatException.class);
    }

    @Test
    void doesNotClaimOtherFormats() throws Exception {
        try (ImageInputStream jpeg = ImageIO.createImageInputStream(
                ExrFixtures.file("DisplayWindow_t01.jpg").toFile())) {
            assertThat(new ExrImageReaderSpi().canDecodeInput(jpeg)).isFalse();
        }
    }
}
