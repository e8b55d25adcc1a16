package crashy.preview;

import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Resamples one plane of a {@link LinearImage} onto the output grid with a box filter: every output pixel is the
 * average of the source pixels it covers. Unlike kernels with negative lobes it cannot ring around very bright pixels. Works on the display window: source pixels outside the data window count as 0.
 */
final class AreaFilter {
    /** Half's largest finite value: infinities are clamped to it, so a blown-out pixel stays white, not black. */
    private static final float BRIGHTEST = 65504f;

    private record Span(int[] first, float[][] weights) {}

    private AreaFilter() {}

    /**
     * The plane averaged over each output pixel's area; a null plane means 1 inside the data window (coverage).
     * {@code scaleX}/{@code scaleY} are output pixels per display pixel.
     */
    static float[] resample(
            LinearImage image, float @Nullable [] plane, int outWidth, int outHeight, double scaleX, double scaleY) {
        Span columns = spans(image.displayWidth(), outWidth, scaleX);
        Span rows = spans(image.displayHeight(), outHeight, scaleY);
        float[] horizontal = new float[outWidth * image.displayHeight()];
        IntStream.range(0, image.displayHeight()).parallel().forEach(y -> {
            int dataY = y - image.offsetY();
            if (dataY >= 0 && dataY < image.height()) {
                filterRow(image, plane, dataY, columns, horizontal, y * outWidth, outWidth);
            }
        });
        float[] out = new float[outWidth * outHeight];
        IntStream.range(0, outHeight).parallel().forEach(oy -> {
            int first = rows.first()[oy];
            float[] weights = rows.weights()[oy];
            int base = oy * outWidth;
            for (int k = 0; k < weights.length; k++) {
                float w = weights[k];
                int source = (first + k) * outWidth;
                for (int x = 0; x < outWidth; x++) {
                    out[base + x] += w * horizontal[source + x];
                }
            }
        });
        return out;
    }

    private static void filterRow(
            LinearImage image, float @Nullable [] plane, int dataY, Span columns, float[] out, int base, int outWidth) {
        int rowStart = dataY * image.width();
        for (int ox = 0; ox < outWidth; ox++) {
            int first = columns.first()[ox];
            float[] weights = columns.weights()[ox];
            float sum = 0;
            for (int k = 0; k < weights.length; k++) {
                int dataX = first + k - image.offsetX();
                if (dataX >= 0 && dataX < image.width()) {
                    sum += weights[k] * (plane == null ? 1 : safe(plane[rowStart + dataX]));
                }
            }
            out[base + ox] = sum;
        }
    }

    /**
     * For each output pixel: the source pixels whose centres lie inside its footprint (edges included), equally
     * weighted, or the nearest one when none does. This is oiiotool's box filter. An exact area average would smear
     * a sliver of a very bright pixel (a window at 200× white) over a thin dark line next to it.
     */
    private static Span spans(int sourceSize, int outSize, double scale) {
        int[] first = new int[outSize];
        float[][] weights = new float[outSize][];
        for (int o = 0; o < outSize; o++) {
            double from = o / scale;
            double to = (o + 1) / scale;
            int start = (int) Math.ceil(from - 0.5);
            int end = (int) Math.floor(to - 0.5) + 1;
            if (end <= start) {
                start = (int) Math.floor((from + to) / 2);
                end = start + 1;
            }
            start = Math.max(0, Math.min(sourceSize - 1, start));
            end = Math.max(start + 1, Math.min(sourceSize, end));
            float[] w = new float[end - start];
            java.util.Arrays.fill(w, 1f / w.length);
            first[o] = start;
            weights[o] = w;
        }
        return new Span(first, weights);
    }

    private static float safe(float value) {
        if (!(value > 0)) {
            return 0;
        }
        return Math.min(value, BRIGHTEST);
    }
}
