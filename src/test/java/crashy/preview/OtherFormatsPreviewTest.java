package crashy.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Frames that are not EXRs, through TwelveMonkeys' plug-ins: TIFF, Targa and Photoshop at 8 bits through the sRGB
 * curve, float TIFF, 32-bit Photoshop and Radiance HDR as the linear light they hold; damaged ones refused.
 */
class OtherFormatsPreviewTest {
    private final Previews previews = new Previews(ExrFrameDecoder.withImageIo());

    @TempDir
    Path temp;

    @Test
    void previewsAnEightBitTiffThroughTheTwelveMonkeysReader() throws IOException {
        BufferedImage orange = orange(BufferedImage.TYPE_INT_RGB, 40);
        Path tiff = temp.resolve("frame.0001.tif");
        write(orange, tiff, "tif");

        BufferedImage picture = picture(tiff, PictureSettings.DEFAULT);

        assertThat(readerClasses("tif")).anyMatch(name -> name.startsWith("com.twelvemonkeys.imageio.plugins.tiff"));
        assertThat(picture.getWidth()).isEqualTo(40);
        assertThat(rgb(picture, 10, 10)).containsExactly(0xff, 0x80, 0x20);
    }

    @Test
    void takesTheSamplesOfAFloatTiffAsLinearLight() throws IOException {
        Path tiff = temp.resolve("beauty.0001.tif");
        Files.write(tiff, floatTiff(16, 8, 0.5f));

        BufferedImage picture = picture(tiff, PictureSettings.DEFAULT);

        assertThat(rgb(picture, 4, 4)).containsExactly(188, 188, 188);
    }

    @Test
    void readsRadianceHdrAsLinearLightWithExposure() throws IOException {
        Path hdr = temp.resolve("sky.0001.hdr");
        Files.write(hdr, radiance());

        BufferedImage plain = picture(hdr, PictureSettings.DEFAULT);
        BufferedImage darker = picture(hdr, PictureSettings.DEFAULT.withExposure(-3));

        assertThat(plain.getWidth()).isEqualTo(8);
        assertThat(plain.getHeight()).isEqualTo(2);
        assertThat(rgb(plain, 1, 0)).containsExactly(188, 188, 188);
        assertThat(rgb(plain, 6, 1)).containsExactly(255, 255, 255);
        assertThat(rgb(darker, 6, 1)).containsExactly(188, 188, 188);
    }

    @Test
    void previewsATargaFrameWithAlphaOverTheBackground() throws IOException {
        BufferedImage orange = orange(BufferedImage.TYPE_INT_ARGB, 20);
        Path tga = temp.resolve("comp.0007.tga");
        write(orange, tga, "tga");

        BufferedImage picture = picture(tga, PictureSettings.DEFAULT);

        assertThat(readerClasses("tga")).anyMatch(name -> name.startsWith("com.twelvemonkeys.imageio.plugins.tga"));
        assertThat(picture.getWidth()).isEqualTo(40);
        assertThat(rgb(picture, 5, 10)).containsExactly(0xff, 0x80, 0x20);
        assertThat(rgb(picture, 35, 10)).isNotEqualTo(new int[] {0xff, 0x80, 0x20});
    }

    @Test
    void previewsAnEightBitPhotoshopFile() throws IOException {
        Path psd = temp.resolve("paintover.psd");
        Files.write(psd, photoshop(6, 4, 8, new int[] {0xff, 0x80, 0x20}));

        BufferedImage picture = picture(psd, PictureSettings.DEFAULT);

        assertThat(picture.getWidth()).isEqualTo(6);
        assertThat(rgb(picture, 3, 2)).containsExactly(0xff, 0x80, 0x20);
    }

    @Test
    void takesThirtyTwoBitPhotoshopSamplesAsLinearLight() throws IOException {
        Path psd = temp.resolve("hdr-paint.psd");
        Files.write(psd, photoshop(6, 4, 32, new int[] {Float.floatToIntBits(0.5f)}));

        BufferedImage picture = picture(psd, PictureSettings.DEFAULT);

        assertThat(rgb(picture, 3, 2)).containsExactly(188, 188, 188);
    }

    @Test
    void refusesAFrameClaimingAnAbsurdSizeBeforeReadingIt() throws IOException {
        Path tga = targaHeaderOnly("huge.0001.tga", 60000, 60000);

        assertThatThrownBy(() -> picture(tga, PictureSettings.DEFAULT))
                .isInstanceOf(UnreadableFrameException.class)
                .hasMessage("huge.0001.tga claims to be 60000 x 60000 pixels; previews read frames of up to 16384"
                        + " pixels a side and 64 megapixels");
    }

    @Test
    void refusesAFrameWithAnAbsurdSideThoughFewPixels() throws IOException {
        Path tga = targaHeaderOnly("strip.0001.tga", 20000, 10);

        assertThatThrownBy(() -> picture(tga, PictureSettings.DEFAULT))
                .isInstanceOf(UnreadableFrameException.class)
                .hasMessageStartingWith("strip.0001.tga claims to be 20000 x 10 pixels;")
                .hasMessageContaining("16384 pixels a side");
    }

    /** An uncompressed 24-bit Targa header claiming {@code width × height}, followed by 1 KB of pixels. */
    private Path targaHeaderOnly(String name, int width, int height) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(18 + 1024).order(ByteOrder.LITTLE_ENDIAN);
        header.put(2, (byte) 2)
                .putShort(12, (short) width)
                .putShort(14, (short) height)
                .put(16, (byte) 24);
        return Files.write(temp.resolve(name), header.array());
    }

    @Test
    void refusesATruncatedFrameWithATypedException() throws IOException {
        Path psd = temp.resolve("half-saved.psd");
        byte[] whole = photoshop(64, 64, 8, new int[] {0x40});
        Files.write(psd, java.util.Arrays.copyOf(whole, whole.length / 2));

        assertThatThrownBy(() -> picture(psd, PictureSettings.DEFAULT))
                .isInstanceOf(UnreadableFrameException.class)
                .hasMessageStartingWith("cannot read half-saved.psd");
    }

    private BufferedImage picture(Path file, PictureSettings settings) {
        return previews.picture(file, settings, Optional.empty());
    }

    /** Forty by twenty pixels of opaque orange from the left up to {@code opaqueWidth}, transparent after. */
    private static BufferedImage orange(int type, int opaqueWidth) {
        BufferedImage image = new BufferedImage(40, 20, type);
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 40; x++) {
                image.setRGB(x, y, x < opaqueWidth ? 0xffff8020 : 0x00000000);
            }
        }
        return image;
    }

    /**
     * Eight by two RGBE pixels, each row run-length coded per channel: 0.5 in every channel on top, 4.0 (mantissa 128,
     * exponent 131) below.
     */
    static byte[] radiance() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("#?RADIANCE\nFORMAT=32-bit_rle_rgbe\n\n-Y 2 +X 8\n".getBytes(StandardCharsets.US_ASCII));
        for (int exponent : new int[] {128, 131}) {
            out.write(new byte[] {2, 2, 0, 8});
            for (int value : new int[] {128, 128, 128, exponent}) {
                out.write(new byte[] {(byte) (128 + 8), (byte) value});
            }
        }
        return out.toByteArray();
    }

    /**
     * A flat RGB Photoshop file of raw (uncompressed) planar samples: every pixel the same, {@code channels} giving
     * red, green and blue (or one value for all three), in {@code depth} bits.
     */
    static byte[] photoshop(int width, int height, int depth, int[] channels) {
        int bytes = depth / 8;
        ByteBuffer out = ByteBuffer.allocate(26 + 12 + 2 + 3 * width * height * bytes);
        out.put("8BPS".getBytes(StandardCharsets.US_ASCII)).putShort((short) 1).put(new byte[6]);
        out.putShort((short) 3)
                .putInt(height)
                .putInt(width)
                .putShort((short) depth)
                .putShort((short) 3);
        out.putInt(0).putInt(0).putInt(0).putShort((short) 0);
        for (int c = 0; c < 3; c++) {
            int value = channels[Math.min(c, channels.length - 1)];
            for (int i = 0; i < width * height; i++) {
                if (bytes == 1) {
                    out.put((byte) value);
                } else {
                    out.putInt(value);
                }
            }
        }
        return out.array();
    }

    /** An uncompressed little-endian TIFF of 32-bit float RGB samples, all {@code value}. */
    static byte[] floatTiff(int width, int height, float value) {
        int[][] tags = {
            {256, 4, 1, width},
            {257, 4, 1, height},
            {258, 3, 3, 0},
            {259, 3, 1, 1},
            {262, 3, 1, 2},
            {273, 4, 1, 0},
            {277, 3, 1, 3},
            {278, 4, 1, height},
            {279, 4, 1, 12 * width * height},
            {284, 3, 1, 1},
            {339, 3, 3, 0}
        };
        int ifd = 8;
        int extra = ifd + 2 + 12 * tags.length + 4;
        int pixels = extra + 12;
        ByteBuffer out = ByteBuffer.allocate(pixels + 12 * width * height).order(ByteOrder.LITTLE_ENDIAN);
        out.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(ifd).putShort((short) tags.length);
        for (int[] tag : tags) {
            int inline = tag[0] == 273 ? pixels : tag[0] == 258 ? extra : tag[0] == 339 ? extra + 6 : tag[3];
            out.putShort((short) tag[0]).putShort((short) tag[1]).putInt(tag[2]);
            out.putInt(tag[1] == 3 && tag[2] == 1 ? inline & 0xffff : inline);
        }
        out.putInt(0);
        out.putShort((short) 32).putShort((short) 32).putShort((short) 32);
        out.putShort((short) 3).putShort((short) 3).putShort((short) 3);
        while (out.hasRemaining()) {
            out.putFloat(value);
        }
        return out.array();
    }

    private static void write(BufferedImage image, Path file, String suffix) throws IOException {
        ImageWriter writer = twelveMonkeysWriter(suffix);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(image);
        } finally {
            writer.dispose();
        }
    }

    private static ImageWriter twelveMonkeysWriter(String suffix) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersBySuffix(suffix);
        while (writers.hasNext()) {
            ImageWriter writer = writers.next();
            if (writer.getClass().getName().startsWith("com.twelvemonkeys")) {
                return writer;
            }
        }
        throw new IllegalStateException("no TwelveMonkeys writer for ." + suffix + " on the class path");
    }

    private static java.util.List<String> readerClasses(String suffix) {
        java.util.List<String> names = new java.util.ArrayList<>();
        Iterator<ImageReader> readers = ImageIO.getImageReadersBySuffix(suffix);
        while (readers.hasNext()) {
            names.add(readers.next().getClass().getName());
        }
        return names;
    }

    private static int[] rgb(BufferedImage picture, int x, int y) {
        int rgb = picture.getRGB(x, y);
        return new int[] {(rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff};
    }
}
