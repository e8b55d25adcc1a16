package crashy.preview;

import static org.assertj.core.api.Assertions.assertThat;

import crashy.preview.exr.Mutant;
import crashy.testing.TimeBound;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Frames in the formats read through ImageIO, damaged the ways files break (seeded, so every run tries the same
 * mutants): each either previews or is refused with {@link UnreadableFrameException}, within a time bound, never
 * with another exception or an error that would reach the chat thread or the command line.
 */
class OtherFormatsFuzzTest {
    private static final int CASES = 1000;
    private static final TimeBound BOUND = new TimeBound("image-fuzz", Duration.ofSeconds(10));

    private final Previews previews = new Previews(ExrFrameDecoder.withImageIo());

    @TempDir
    Path temp;

    @AfterAll
    static void stopRunner() {
        BOUND.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tga", "tif", "psd", "hdr", "png"})
    void everyMutantPreviewsOrIsRefusedWithATypedException(String suffix) throws Exception {
        byte[] original = original(suffix);
        Random random = new Random(suffix.hashCode());
        List<String> problems = new ArrayList<>();
        int refused = 0;
        for (int i = 0; i < CASES && problems.size() < 10; i++) {
            Mutant mutant = Mutant.of(original, random);
            Path file = temp.resolve("mutant" + i + "." + suffix);
            Files.write(file, mutant.bytes());
            TimeBound.Outcome outcome =
                    BOUND.run(() -> previews.picture(file, PictureSettings.DEFAULT, Optional.empty()));
            boolean typed = outcome.failure()
                    .filter(UnreadableFrameException.class::isInstance)
                    .isPresent();
            refused += typed ? 1 : 0;
            if (outcome.timedOut() || (outcome.failure().isPresent() && !typed)) {
                problems.add("case " + i + " (" + mutant.description() + "): " + outcome.describe());
            }
            Files.delete(file);
        }
        assertThat(problems).isEmpty();
        // Both ways out are taken: the mutants are neither all harmless nor all turned away at the door.
        assertThat(refused).isBetween(1, CASES - 1);
    }

    /** A small, valid picture of the format, compressed where the format can be, with alpha where it has one. */
    private static byte[] original(String suffix) throws IOException {
        BufferedImage gradient = new BufferedImage(48, 24, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 24; y++) {
            for (int x = 0; x < 48; x++) {
                gradient.setRGB(x, y, (0x80 + y * 5) << 24 | (x * 5) << 16 | (y * 10) << 8 | 0x40);
            }
        }
        return switch (suffix) {
            case "psd" -> OtherFormatsPreviewTest.photoshop(48, 24, 8, new int[] {0x20, 0x80, 0xe0});
            case "hdr" -> OtherFormatsPreviewTest.radiance();
            default -> written(gradient, suffix);
        };
    }

    private static byte[] written(BufferedImage image, String suffix) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersBySuffix(suffix).next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        if (param.canWriteCompressed()) {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType(param.getCompressionTypes()[param.getCompressionTypes().length - 1]);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new javax.imageio.IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
