package crashy.preview;

import static org.assertj.core.api.Assertions.assertThat;

import crashy.preview.exr.Mutant;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
    private static final long SECONDS_PER_CASE = 10;
    private static ExecutorService executor;

    private final Previews previews = new Previews(ExrFrameDecoder.withImageIo());

    @TempDir
    Path temp;

    @BeforeAll
    static void startExecutor() {
        executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "image-fuzz");
            thread.setDaemon(true);
            return thread;
        });
    }

    @AfterAll
    static void stopExecutor() {
        executor.shutdownNow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tga", "tif", "psd", "hdr", "png"})
    void everyMutantPreviewsOrIsRefusedWithATypedException(String suffix) throws Exception {
        byte[] original = original(suffix);
        Random random = new Random(suffix.hashCode());
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < CASES && problems.size() < 10; i++) {
            Mutant mutant = Mutant.of(original, random);
            Path file = temp.resolve("mutant" + i + "." + suffix);
            Files.write(file, mutant.bytes());
            int index = i;
            check(file)
                    .ifPresent(
                            problem -> problems.add("case " + index + " (" + mutant.description() + "): " + problem));
            Files.delete(file);
        }
        assertThat(problems).isEmpty();
    }

    private Optional<String> check(Path file) throws InterruptedException {
        Future<BufferedImage> result =
                executor.submit(() -> previews.picture(file, PictureSettings.DEFAULT, Optional.empty()));
        try {
            result.get(SECONDS_PER_CASE, TimeUnit.SECONDS);
            return Optional.empty();
        } catch (TimeoutException e) {
            result.cancel(true);
            return Optional.of("no result within " + SECONDS_PER_CASE + " s");
        } catch (ExecutionException e) {
            Throwable failure = e.getCause();
            return failure instanceof UnreadableFrameException
                    ? Optional.empty()
                    : Optional.of(
                            failure + " at " + List.of(failure.getStackTrace()).subList(0, 3));
        }
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
