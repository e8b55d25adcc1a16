package crashy.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Every kind of frame the preview command reads, for the tests that run it in a JVM of its own: the derived EXR
 * fixtures (each compression, tiled, multi-part, layers, data windows, one truncated), luminance/chroma, and PNG, JPEG,
 * TIFF, Targa, Radiance HDR and Photoshop frames through TwelveMonkeys.
 */
final class EveryKindOfFrame {
    /** The one line the command prints for these frames: the truncated fixture's. */
    static final String TRUNCATED = "crashy preview: desk_truncated_piz.exr: chunk 2 of part 0 lies at offset 181467,"
            + " outside the file's data (555..100000): the file is truncated or corrupt";

    private static final Path FIXTURES = Path.of("..", "shared", "fixtures", "exr");

    private EveryKindOfFrame() {}

    /** The frames, the other formats written into {@code folder}. */
    static List<Path> frames(Path folder) throws IOException {
        List<Path> frames = new ArrayList<>();
        try (Stream<Path> listing = Files.list(FIXTURES.resolve("derived"))) {
            listing.filter(file -> file.toString().endsWith(".exr")).sorted().forEach(frames::add);
        }
        frames.add(FIXTURES.resolve("Chromaticities_Rec709_YC.exr"));
        BufferedImage image = new BufferedImage(80, 40, BufferedImage.TYPE_INT_RGB);
        image.setRGB(10, 10, 0xff8020);
        for (String format : List.of("png", "jpg", "tif", "tga")) {
            Path file = folder.resolve(format + "-frame." + format);
            assertThat(ImageIO.write(image, format.equals("tif") ? "tiff" : format, file.toFile()))
                    .isTrue();
            frames.add(file);
        }
        frames.add(Files.write(folder.resolve("sky.hdr"), OtherFormatsPreviewTest.radiance()));
        frames.add(Files.write(
                folder.resolve("paint.psd"), OtherFormatsPreviewTest.photoshop(6, 4, 8, new int[] {0xff, 0x80, 0x20})));
        return frames;
    }

    /** Checks that {@code out} holds a JPEG at most {@code width} wide for each frame but the truncated one. */
    static void assertPreviewed(List<Path> frames, Path out, int width) throws IOException {
        for (Path frame : frames) {
            String name = frame.getFileName().toString();
            if (!name.startsWith("desk_truncated")) {
                Path jpeg = out.resolve(name.substring(0, name.lastIndexOf('.')) + ".jpg");
                assertThat(ImageIO.read(jpeg.toFile()).getWidth()).as(name).isLessThanOrEqualTo(width);
            }
        }
    }
}
