package crashy.preview;

import crashy.preview.exr.ExrBox;
import crashy.preview.exr.ExrChannelPixels;
import crashy.preview.exr.ExrChromaticities;
import crashy.preview.exr.ExrFile;
import crashy.preview.exr.ExrFormatException;
import crashy.preview.exr.ExrHeader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * OpenEXR frames through Crashy's own reader: the beauty (or a named layer) of the chosen part, luminance/chroma
 * turned into RGB, and colours converted to Rec.709 primaries when the file declares others. Previews of RGB and grey
 * frames are made while they are decoded ({@link ExrPicture}); luminance/chroma frames are decoded whole first.
 */
@Component
@Order(0)
public final class ExrFrameDecoder implements FrameDecoder {
    private static final byte[] MAGIC = {0x76, 0x2f, 0x31, 0x01};

    private interface Reading<T> {
        T from(ExrFile exr, BeautyChoice choice) throws IOException;
    }

    @Override
    public boolean reads(Path file, byte[] head) {
        if (head.length < MAGIC.length) {
            return false;
        }
        for (int i = 0; i < MAGIC.length; i++) {
            if (head[i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public LinearImage decode(Path file, Optional<String> layer) {
        return read(file, layer, ExrFrameDecoder::image);
    }

    @Override
    public BufferedImage picture(Path file, Optional<String> layer, PictureSettings settings) {
        return read(
                file,
                layer,
                (exr, choice) -> ExrPicture.streams(exr.part(choice.part()), choice)
                        ? ExrPicture.make(exr, choice, settings)
                        : PictureMaker.make(image(exr, choice), settings));
    }

    private static <T> T read(Path file, Optional<String> layer, Reading<T> reading) {
        try (ExrFile exr = ExrFile.open(file)) {
            return reading.from(exr, BeautyChoice.of(exr.parts(), layer));
        } catch (ExrFormatException e) {
            throw new UnreadableFrameException(file.getFileName() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UnreadableFrameException("cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static LinearImage image(ExrFile exr, BeautyChoice choice) throws IOException {
        ExrHeader part = exr.part(choice.part());
        Map<String, float[]> planes = new HashMap<>();
        int width = (int) part.dataWindow().width();
        int height = (int) part.dataWindow().height();
        for (ExrChannelPixels pixels : exr.decode(choice.part(), choice.channels())) {
            planes.put(pixels.channel().name(), fullSize(pixels, width, height));
        }
        ExrChromaticities primaries = part.chromaticities().orElse(ExrChromaticities.REC709);
        float[] red = planes.get(choice.red());
        float[] green = planes.get(choice.green());
        float[] blue = planes.get(choice.blue());
        if (choice.kind() == BeautyChoice.Kind.LUMINANCE_CHROMA) {
            float[][] rgb = fromLuminanceChroma(green, red, blue, Primaries.luminanceWeights(primaries));
            red = rgb[0];
            green = rgb[1];
            blue = rgb[2];
        }
        float[] matrix = Primaries.toRec709(primaries);
        if (choice.kind() != BeautyChoice.Kind.GREY && matrix != null) {
            Primaries.apply(matrix, red, green, blue, red.length);
        }
        Framing framing = framing(part);
        return new LinearImage(
                width,
                height,
                red,
                green,
                blue,
                choice.alpha().isEmpty() ? null : meaningfulAlpha(planes.get(choice.alpha())),
                framing.displayWidth(),
                framing.displayHeight(),
                framing.offsetX(),
                framing.offsetY(),
                framing.pixelAspect());
    }

    static Framing framing(ExrHeader part) {
        ExrBox data = part.dataWindow();
        ExrBox display = part.displayWindow();
        return new Framing(
                (int) data.width(),
                (int) data.height(),
                (int) display.width(),
                (int) display.height(),
                data.xMin() - display.xMin(),
                data.yMin() - display.yMin(),
                part.pixelAspectRatio());
    }

    /**
     * The alpha plane, unless it is zero everywhere: renderers and converters write such planes when the alpha means
     * nothing (ACES sample files do), and honouring it would show the picture as a ghost over the checkerboard.
     */
    private static float[] meaningfulAlpha(float[] alpha) {
        for (float a : alpha) {
            if (a > 0) {
                return alpha;
            }
        }
        return null;
    }

    /** A subsampled channel (chroma) stretched to the data window by repeating samples. */
    private static float[] fullSize(ExrChannelPixels pixels, int width, int height) {
        if (pixels.width() == width && pixels.height() == height) {
            return pixels.samples();
        }
        float[] full = new float[width * height];
        int xs = Math.max(1, pixels.channel().xSampling());
        int ys = Math.max(1, pixels.channel().ySampling());
        for (int y = 0; y < height; y++) {
            int sy = Math.min(pixels.height() - 1, y / ys);
            for (int x = 0; x < width; x++) {
                full[y * width + x] = pixels.sample(Math.min(pixels.width() - 1, x / xs), sy);
            }
        }
        return full;
    }

    /** OpenEXR's luminance/chroma: {@code RY = (R - Y) / Y}, {@code BY = (B - Y) / Y}, G from the luminance weights. */
    private static float[][] fromLuminanceChroma(float[] y, float[] ry, float[] by, double[] weights) {
        float[] r = new float[y.length];
        float[] g = new float[y.length];
        float[] b = new float[y.length];
        for (int i = 0; i < y.length; i++) {
            r[i] = (ry[i] + 1) * y[i];
            b[i] = (by[i] + 1) * y[i];
            g[i] = (float) ((y[i] - r[i] * weights[0] - b[i] * weights[2]) / weights[1]);
        }
        return new float[][] {r, g, b};
    }

    /** Every frame decoder there is (EXR, then ImageIO's formats), in order, for callers without Spring. */
    public static List<FrameDecoder> withImageIo() {
        return List.of(new ExrFrameDecoder(), new ImageIoFrameDecoder());
    }
}
