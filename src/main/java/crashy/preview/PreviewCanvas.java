package crashy.preview;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;
import java.util.concurrent.ForkJoinTask;
import org.jspecify.annotations.Nullable;

/**
 * The preview picture, built from the rows of a frame's data window as a decoder produces them: in any order, from
 * several threads at once, each row once. A row is made safe (NaN and negative values to 0, infinities to half's
 * largest value, so a blown-out pixel stays white) and box-filtered across at once into a buffer as narrow as the
 * picture; {@link #finish()} has {@link Compositing} make the picture of those rows.
 */
final class PreviewCanvas {
    /** Pictures taller than this come only from nonsensical display windows. */
    private static final int MAX_HEIGHT = 16384;

    private static final float BRIGHTEST = 65504f;

    private final Framing framing;
    private final PictureSettings settings;
    private final boolean emptyAlphaIsOpaque;
    private final int outWidth;
    private final int outHeight;
    private final BoxFilter columns;
    private final BoxFilter rows;

    /** Red, green, blue and (if any) alpha of each data window row, filtered across: {@code outWidth} per row. */
    private final float[][] narrow;

    private volatile boolean sawAlpha;

    /**
     * @param alpha whether rows come with alpha
     * @param emptyAlphaIsOpaque whether an alpha that is zero everywhere means no alpha at all (renderers write such
     *     planes when the alpha means nothing; honouring it would show the picture as a ghost over the checkerboard)
     */
    PreviewCanvas(Framing framing, boolean alpha, boolean emptyAlphaIsOpaque, PictureSettings settings) {
        this.framing = framing;
        this.settings = settings;
        this.emptyAlphaIsOpaque = emptyAlphaIsOpaque;
        double shownWidth = framing.displayWidth() * (double) framing.pixelAspect();
        this.outWidth = (int) Math.max(1, Math.round(Math.min(settings.maxWidth(), shownWidth)));
        long height = Math.max(1, Math.round(framing.displayHeight() * outWidth / shownWidth));
        if (height > MAX_HEIGHT) {
            throw new UnreadableFrameException("the display window " + framing.displayWidth() + "x"
                    + framing.displayHeight() + " is too tall to preview");
        }
        this.outHeight = (int) height;
        double scaleX = outWidth / (double) framing.displayWidth();
        double scaleY = outHeight / (double) framing.displayHeight();
        this.columns = new BoxFilter(framing.displayWidth(), outWidth, scaleX, framing.offsetX(), framing.width());
        this.rows = new BoxFilter(framing.displayHeight(), outHeight, scaleY, framing.offsetY(), framing.height());
        this.narrow = new float[alpha ? 4 : 3][Math.multiplyExact(outWidth, framing.height())];
    }

    /**
     * Takes row {@code dataRow} of the data window (0 is its top): {@code width} samples of each plane from {@code
     * offset}. The plane arrays may be the same array (grey) and are not kept.
     */
    void row(int dataRow, float[] red, float[] green, float[] blue, float @Nullable [] alpha, int offset) {
        int displayRow = dataRow + framing.offsetY();
        if (displayRow < 0 || displayRow >= framing.displayHeight()) {
            return;
        }
        int base = dataRow * outWidth;
        float[] r = narrow[0];
        float[] g = narrow[1];
        float[] b = narrow[2];
        for (int o = 0; o < outWidth; o++) {
            int first = offset + columns.start(o);
            int count = columns.end(o) - columns.start(o);
            float weight = columns.weight(o);
            r[base + o] = span(red, first, count) * weight;
            g[base + o] = span(green, first, count) * weight;
            b[base + o] = span(blue, first, count) * weight;
        }
        if (narrow.length == 4 && alpha != null && acrossAlpha(alpha, offset, base) && !sawAlpha) {
            sawAlpha = true;
        }
    }

    /** Filters the alpha of one row across; true when any filtered value is above 0. */
    private boolean acrossAlpha(float[] alpha, int offset, int base) {
        float[] a = narrow[3];
        boolean positive = false;
        for (int o = 0; o < outWidth; o++) {
            float sum = span(alpha, offset + columns.start(o), columns.end(o) - columns.start(o));
            a[base + o] = sum * columns.weight(o);
            positive |= sum > 0;
        }
        return positive;
    }

    /**
     * The sum of {@code count} samples from {@code first}, each made safe; spans of two and three, what shrinking a
     * frame 1.5 or 3 times takes, are written out, which makes the whole filter about half as costly. Clamping with
     * {@code Math.max} and {@code Math.min} has no branches to mispredict on noise around 0 (it made 4K previews 8 %
     * faster than compares), but lets NaN through: the rare span that sums to NaN is summed again with compares.
     */
    private static float span(float[] samples, int first, int count) {
        float sum;
        if (count == 3) {
            sum = clamp(samples[first]) + clamp(samples[first + 1]) + clamp(samples[first + 2]);
        } else if (count == 2) {
            sum = clamp(samples[first]) + clamp(samples[first + 1]);
        } else {
            sum = 0;
            for (int k = first; k < first + count; k++) {
                sum += clamp(samples[k]);
            }
        }
        return sum == sum ? sum : safeSpan(samples, first, count);
    }

    /** Negative values to 0 and infinities to half's largest value; NaN stays NaN. */
    private static float clamp(float value) {
        return Math.min(Math.max(value, 0f), BRIGHTEST);
    }

    private static float safeSpan(float[] samples, int first, int count) {
        float sum = 0;
        for (int k = first; k < first + count; k++) {
            sum += safe(samples[k]);
        }
        return sum;
    }

    /** NaN and negative values to 0, infinities to half's largest value. */
    private static float safe(float value) {
        return value > 0 ? (value < BRIGHTEST ? value : BRIGHTEST) : 0;
    }

    /** The picture, once every row has been given; the caller and a thread of the common pool share the work. */
    BufferedImage finish() {
        BufferedImage picture = new BufferedImage(outWidth, outHeight, BufferedImage.TYPE_3BYTE_BGR);
        byte[] pixels = ((DataBufferByte) picture.getRaster().getDataBuffer()).getData();
        boolean alpha = narrow.length == 4 && (sawAlpha || !emptyAlphaIsOpaque);
        Compositing compositing =
                new Compositing(alpha ? narrow : Arrays.copyOf(narrow, 3), columns, rows, settings, pixels);
        ForkJoinTask<?> helper =
                compositing.isWorthAHelper() ? ForkJoinTask.adapt(compositing).fork() : null;
        compositing.run();
        if (helper != null) {
            helper.join();
        }
        return picture;
    }
}
