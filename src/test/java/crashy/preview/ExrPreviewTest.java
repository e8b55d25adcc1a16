package crashy.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every EXR fixture either previews or is refused with a clear message, and the beauty is the picture chosen. */
class ExrPreviewTest {
    static final Path FIXTURES = Path.of("..", "shared", "fixtures", "exr");

    private final Previews previews = new Previews(ExrFrameDecoder.withImageIo());

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.walk(FIXTURES)) {
            return files
                    .filter(Files::isRegularFile)
                    .filter(file ->
                            file.toString().endsWith(".exr") || file.getParent().endsWith("damaged"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void previewsEveryFixtureOrRefusesItWithAReason(Path file) {
        try {
            byte[] jpeg = previews.jpeg(file, PictureSettings.DEFAULT, Optional.empty());
            assertThat(jpeg.length).isGreaterThan(100);
        } catch (UnreadableFrameException refused) {
            assertThat(refused.getMessage()).isNotBlank().doesNotContain("\n");
            assertThat(file.toString()).matches(".*(damaged|Trunks|truncated).*");
        }
    }

    @Test
    void framesTheDisplayWindowWhateverTheDataWindow() {
        BufferedImage picture = picture("DisplayWindow_t08.exr");

        assertThat(picture.getWidth()).isEqualTo(501);
        assertThat(picture.getHeight()).isEqualTo(401);
    }

    @Test
    void findsBlendersCombinedPassAmongTheLayers() {
        BufferedImage picture = picture("derived/blender_multilayer_zip.exr");

        assertThat(meanBrightness(picture)).isGreaterThan(10);
    }

    @Test
    void showsAnIdPassAsGreyAndAnotherLayerOnRequest() {
        assertThat(picture("derived/uint32_objectId_zip.exr").getWidth()).isPositive();
        assertThatThrownBy(() -> previews.jpeg(
                        FIXTURES.resolve("derived/blender_multilayer_zip.exr"),
                        PictureSettings.DEFAULT,
                        Optional.of("nope")))
                .isInstanceOf(UnreadableFrameException.class)
                .hasMessageContaining("no layer \"nope\"");
    }

    @Test
    void turnsLuminanceAndChromaIntoColour() {
        BufferedImage picture = picture("LuminanceChroma_Flowers.exr");
        int rgb = picture.getRGB(picture.getWidth() / 2, picture.getHeight() / 2);

        assertThat(((rgb >> 16) & 0xff) == ((rgb >> 8) & 0xff) && ((rgb >> 8) & 0xff) == (rgb & 0xff))
                .isFalse();
    }

    @Test
    void refusesDeepImagesSayingSo() {
        assertThatThrownBy(() -> previews.jpeg(
                        FIXTURES.resolve("v2_LowResLeftView_Trunks.exr"), PictureSettings.DEFAULT, Optional.empty()))
                .isInstanceOf(UnreadableFrameException.class)
                .hasMessageContaining("deep");
    }

    private BufferedImage picture(String name) {
        return previews.picture(FIXTURES.resolve(name), PictureSettings.DEFAULT, Optional.empty());
    }

    private static double meanBrightness(BufferedImage picture) {
        long sum = 0;
        for (int y = 0; y < picture.getHeight(); y += 4) {
            for (int x = 0; x < picture.getWidth(); x += 4) {
                sum += (picture.getRGB(x, y) >> 8) & 0xff;
            }
        }
        return sum / (double) ((picture.getHeight() / 4 + 1) * (picture.getWidth() / 4 + 1));
    }
}
