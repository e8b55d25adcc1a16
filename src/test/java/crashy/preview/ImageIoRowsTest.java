package crashy.preview;

import static org.assertj.core.api.Assertions.assertThat;

import crashy.testing.ProcessRun;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Frames read through ImageIO become previews row by row: the same picture as from the whole frame's planes, without
 * holding those planes, so that a 4K PNG previews in a heap of 128 MB (the Docker image gives the whole bot 160).
 */
class ImageIoRowsTest {
    private final ImageIoFrameDecoder decoder = new ImageIoFrameDecoder();

    @TempDir
    Path temp;

    @Test
    void rowByRowGivesThePictureOfTheWholeFrame() throws Exception {
        List<Path> frames = List.of(
                noise("rgb.png", BufferedImage.TYPE_INT_RGB, "png"),
                noise("rgba.png", BufferedImage.TYPE_INT_ARGB, "png"),
                noise("grey.png", BufferedImage.TYPE_BYTE_GRAY, "png"),
                Files.write(temp.resolve("sky.hdr"), OtherFormatsPreviewTest.radiance()),
                Files.write(
                        temp.resolve("paint.psd"),
                        OtherFormatsPreviewTest.photoshop(6, 4, 32, new int[] {Float.floatToIntBits(0.5f)})));
        PictureSettings settings = PictureSettings.DEFAULT.withWidth(100).withExposure(0.5);

        for (Path frame : frames) {
            BufferedImage streamed = decoder.picture(frame, Optional.empty(), settings);
            BufferedImage whole = PictureMaker.make(decoder.decode(frame, Optional.empty()), settings);

            assertThat(bytes(streamed)).as(frame.getFileName().toString()).isEqualTo(bytes(whole));
        }
    }

    @Test
    void previewsA4kPngInA128MegabyteHeap() throws Exception {
        Path png = noise("big.png", BufferedImage.TYPE_INT_ARGB, "png", 3840, 2160);
        Path jpeg = temp.resolve("big.jpg");
        // The whole frame's float planes alone were 133 MB: with them this preview ran out of memory.
        ProcessRun result = preview("-Xmx128m", png.toString(), "-o", jpeg.toString());

        assertThat(result.code()).as(result.output()).isZero();
        assertThat(ImageIO.read(jpeg.toFile()).getWidth()).isEqualTo(1280);
    }

    @Test
    void readsABigFloatTiffAStripAtATime() throws Exception {
        // 50 MB of floats as ImageIO reads it whole; a strip of 256 rows is 6 MB.
        Path tiff = Files.write(temp.resolve("beauty.tif"), OtherFormatsPreviewTest.floatTiff(2048, 2048, 0.5f));
        Path jpeg = temp.resolve("beauty.jpg");

        ProcessRun result = preview("-Xmx64m", tiff.toString(), "-o", jpeg.toString());

        assertThat(result.code()).as(result.output()).isZero();
        BufferedImage picture = ImageIO.read(jpeg.toFile());
        assertThat(picture.getWidth()).isEqualTo(1280);
        assertThat(picture.getRGB(640, 1000) & 0xff).isBetween(186, 190);
    }

    @Test
    void aTiffReadInStripsGivesThePictureOfTheWholeFrame() throws Exception {
        Path tiff = Files.write(temp.resolve("tall.tif"), OtherFormatsPreviewTest.floatTiff(40, 700, 0.25f));
        PictureSettings settings = PictureSettings.DEFAULT.withWidth(30);

        BufferedImage streamed = decoder.picture(tiff, Optional.empty(), settings);
        BufferedImage whole = PictureMaker.make(decoder.decode(tiff, Optional.empty()), settings);

        assertThat(bytes(streamed)).isEqualTo(bytes(whole));
    }

    @Test
    void namesTheFrameInOneLineWhenTheHeapIsTooSmallForIt() throws Exception {
        Path png = noise("big.png", BufferedImage.TYPE_INT_ARGB, "png", 3840, 2160);
        Path small = noise("small.png", BufferedImage.TYPE_INT_RGB, "png");
        Path previews = Files.createDirectory(temp.resolve("previews"));

        ProcessRun result = preview("-Xmx40m", png.toString(), small.toString(), "-o", previews.toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.output().lines())
                .singleElement()
                .asString()
                .startsWith("crashy preview: big.png needs more" + " memory than this JVM has (-Xmx");
        assertThat(previews.resolve("small.jpg")).isRegularFile();
    }

    private static ProcessRun preview(String heap, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                ProcessRun.java(),
                heap,
                "-cp",
                System.getProperty("java.class.path"),
                "crashy.CrashyApplication",
                "preview"));
        command.addAll(List.of(args));
        return ProcessRun.of(command, Map.of(), Duration.ofMinutes(2));
    }

    private Path noise(String name, int type, String format) throws Exception {
        return noise(name, type, format, 300, 170);
    }

    private Path noise(String name, int type, String format, int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, type);
        Random random = new Random(7);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        File file = temp.resolve(name).toFile();
        assertThat(ImageIO.write(image, format, file)).isTrue();
        return file.toPath();
    }

    private static byte[] bytes(BufferedImage picture) {
        return ((DataBufferByte) picture.getRaster().getDataBuffer()).getData();
    }
}
