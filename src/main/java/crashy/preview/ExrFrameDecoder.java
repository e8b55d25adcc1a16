package crashy.preview;

import crashy.preview.exr.ExrBox;
import crashy.preview.exr.ExrChannelPixels;
import crashy.preview.exr.ExrChromaticities;
import crashy.preview.exr.ExrFile;
import crashy.preview.exr.ExrFormatException;
import crashy.preview.exr.ExrHeader;
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
 * turned into RGB, and colours converted to Rec.709 primaries when the file declares others.
 */
@Component
@Order(0)
public final class ExrFrameDecoder implements FrameDecoder {
    private static final byte[] MAGIC = {0x76, 0x2f, 0x31, 0x01};

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
        try (ExrFile exr = ExrFile.open(file)) {
            BeautyChoice choice = BeautyChoice.of(exr.parts(), layer);
            ExrHeader part = exr.part(choice.part());
            Map<String, float[]> planes = new HashMap<>();
            int width = (int) part.dataWindow().width();
            int height = (int) part.dataWindow().height();
            for (ExrChannelPixels pixels : exr.decode(choice.part(), choice.channels())) {
                planes.put(pixels.channel().name(), fullSize(pixels, width, height));
            }
            return image(part, choice, planes, width, height);
        } catch (ExrFormatException e) {
            throw new UnreadableFrameException(file.getFileName() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UnreadableFrameException("cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static LinearImage image(
            ExrHeader part, BeautyChoice choice, Map<String, float[]> planes, int width, int height) {
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
        if (choice.kind() != BeautyChoice.Kind.GREY) {
            float[] matrix = Primaries.toRec709(primaries);
            if (matrix != null) {
                float[][] converted = convert(matrix, red, green, blue);
                red = converted[0];
                green = converted[1];
                blue = converted[2];
            }
        }
        ExrBox data = part.dataWindow();
        ExrBox display = part.displayWindow();
        return new LinearImage(
                width,
                height,
                red,
                green,
                blue,
                choice.alpha().isEmpty() ? null : meaningfulAlpha(planes.get(choice.alpha())),
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

    private static float[][] convert(float[] m, float[] r, float[] g, float[] b) {
        float[] outR = new float[r.length];
        float[] outG = new float[r.length];
        float[] outB = new float[r.length];
        for (int i = 0; i < r.length; i++) {
            outR[i] = m[0] * r[i] + m[1] * g[i] + m[2] * b[i];
            outG[i] = m[3] * r[i] + m[4] * g[i] + m[5] * b[i];
            outB[i] = m[6] * r[i] + m[7] * g[i] + m[8] * b[i];
        }
        return new float[][] {outR, outG, outB};
    }

    /** Every EXR decoder there is, for callers without Spring. */
    public static List<FrameDecoder> withImageIo() {
        return List.of(new ExrFrameDecoder(), new ImageIoFrameDecoder());
    }
}
