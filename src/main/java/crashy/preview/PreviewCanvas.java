package crashy.preview;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;
import java.util.concurrent.ForkJoinTask;
import org.jspecify.annotations.Nullable;

/**
 * The preview picture, built from the rows of a frame's data window as a decoder produces them: in any order, from
 * several threads at once, each row once. A row is made safe (NaN and negative values to 0, infinities to half's
 * largest value, so a blown-out pixel stays white), box-filtered across, and added at once to the picture rows whose
 * footprint holds it, so the canvas is no bigger than the picture (a 4K frame's takes 15 MB, not the 44 MB its rows
 * filtered across would); {@link #finish()} has {@link Compositing} make the picture of those sums.
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

    /** Red, green, blue and (if any) alpha of each picture row: the sum of its data window rows filtered across. */
    private final float[][] sums;

    /** Locks of the picture rows, as rows from two threads may add to the same one. */
    private final Object[] rowLocks;

    /** The first picture row each data window row adds to, and how many (0 when none). */
    private final int[] firstOut;

    private final int[] outCount;

    /** Each thread's row filtered across, before it is added. */
    private final ThreadLocal<float[][]> across;

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
        int planes = alpha ? 4 : 3;
        this.sums = new float[planes][Math.multiplyExact(outWidth, outHeight)];
        this.rowLocks = new Object[outHeight];
        Arrays.setAll(rowLocks, row -> new Object());
        this.firstOut = new int[framing.height()];
        this.outCount = new int[framing.height()];
        for (int o = outHeight - 1; o >= 0; o--) {
            for (int row = rows.start(o); row < rows.end(o); row++) {
                firstOut[row] = o;
                outCount[row]++;
            }
        }
        this.across = ThreadLocal.withInitial(() -> new float[planes][outWidth]);
    }

    /**
     * Takes row {@code dataRow} of the data window (0 is its top): {@code width} samples of each plane from {@code
     * offset}. The plane arrays may be the same array (grey) and are not kept.
     */
    void row(int dataRow, float[] red, float[] green, float[] blue, float @Nullable [] alpha, int offset) {
        int displayRow = dataRow + framing.offsetY();
        if (displayRow < 0 || displayRow >= framing.displayHeight() || outCount[dataRow] == 0) {
            return;
        }
        boolean withAlpha = sums.length == 4 && alpha != null;
        if (outCount[dataRow] == 1) {
            // Most rows belong to one picture row: filtered across straight into its sums.
            int out = firstOut[dataRow];
            synchronized (rowLocks[out]) {
                acrossColour(sums, out * outWidth, red, green, blue, offset);
                if (withAlpha) {
                    noteAlpha(acrossAlpha(sums[3], out * outWidth, alpha, offset));
                }
            }
            return;
        }
        float[][] filtered = across.get();
        for (float[] plane : filtered) {
            Arrays.fill(plane, 0);
        }
        acrossColour(filtered, 0, red, green, blue, offset);
        if (withAlpha) {
            noteAlpha(acrossAlpha(filtered[3], 0, alpha, offset));
        }
        for (int o = firstOut[dataRow]; o < firstOut[dataRow] + outCount[dataRow]; o++) {
            add(filtered, withAlpha ? sums.length : 3, o);
        }
    }

    private void noteAlpha(boolean positive) {
        if (positive && !sawAlpha) {
            sawAlpha = true;
        }
    }

    /** Adds one row of colour, filtered across, to {@code planes} from {@code base}. */
    private void acrossColour(float[][] planes, int base, float[] red, float[] green, float[] blue, int offset) {
        float[] r = planes[0];
        float[] g = planes[1];
        float[] b = planes[2];
        for (int o = 0; o < outWidth; o++) {
            int first = offset + columns.start(o);
            int count = columns.end(o) - columns.start(o);
            float weight = columns.weight(o);
            r[base + o] += span(red, first, count) * weight;
            g[base + o] += span(green, first, count) * weight;
            b[base + o] += span(blue, first, count) * weight;
        }
    }

    /** Adds one row of alpha, filtered across, to {@code plane} from {@code base}; true when any of it is above 0. */
    private boolean acrossAlpha(float[] plane, int base, float[] alpha, int offset) {
        boolean positive = false;
        for (int o = 0; o < outWidth; o++) {
            float sum = span(alpha, offset + columns.start(o), columns.end(o) - columns.start(o));
            plane[base + o] += sum * columns.weight(o);
            positive |= sum > 0;
        }
        return positive;
    }

    /** Adds a row filtered across to picture row {@code out}. */
    private void add(float[][] filtered, int planes, int out) {
        int base = out * outWidth;
        synchronized (rowLocks[out]) {
            for (int c = 0; c < planes; c++) {
                float[] sum = sums[c];
                float[] row = filtered[c];
                for (int x = 0; x < outWidth; x++) {
                    sum[base + x] += row[x];
                }
            }
        }
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
        boolean alpha = sums.length == 4 && (sawAlpha || !emptyAlphaIsOpaque);
        Compositing compositing =
                new Compositing(alpha ? sums : Arrays.copyOf(sums, 3), columns, rows, settings, pixels);
        ForkJoinTask<?> helper =
                compositing.isWorthAHelper() ? ForkJoinTask.adapt(compositing).fork() : null;
        compositing.run();
        if (helper != null) {
            helper.join();
        }
        return picture;
    }
}
