package crashy.preview;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.jspecify.annotations.Nullable;

/**
 * The preview picture, built from the rows of a frame's data window as a decoder produces them: in any order, from
 * several threads at once, each row once, as floats or half patterns. A row is made safe and box-filtered across at
 * once into a buffer as narrow as the picture ({@link AcrossFilter}); once every row of an output row's footprint is
 * in, the thread that gave the last one sums them, in order, into that output row, and their buffers are used again.
 * So the canvas holds the picture's rows rather than the frame's (15 MB for 1280x720 with alpha, whatever the frame's
 * height: a 4K frame's rows filtered across took 44 MB), and the filter down runs on the decoding threads. {@link
 * #finish()} has {@link Compositing} make the picture of the output rows.
 */
final class PreviewCanvas {
    /** Pictures taller than this come only from nonsensical display windows. */
    private static final int MAX_HEIGHT = 16384;

    private final Framing framing;
    private final PictureSettings settings;
    private final boolean emptyAlphaIsOpaque;
    private final int outWidth;
    private final int outHeight;
    private final BoxFilter columns;
    private final BoxFilter rows;
    private final AcrossFilter across;

    /**
     * Red, green, blue and (if any) alpha of each output row: the sum of its data rows filtered across, {@code
     * outWidth} per row.
     */
    private final float[][] down;

    /**
     * Per data window row, the first output row whose footprint holds it, or -1. A row whose centre lies on the edge
     * between two footprints (shrinking 1.5 times puts every other row there) is in both.
     */
    private final int[] firstOutput;

    /** Per data window row, how many output rows' footprints hold it. */
    private final int[] outputs;

    /** Per output row, how many rows of its footprint are still to come. */
    private final AtomicIntegerArray missing;

    /** Per data window row, how many of its output rows have yet to sum it. */
    private final AtomicIntegerArray unsummed;

    /**
     * Per data window row, its planes filtered across while the rest of its output row's footprint is to come. Written
     * before the row's count in {@link #missing} goes down, read by the thread that takes that count to 0.
     */
    private final float[][][] waiting;

    /** Buffers of rows filtered across that have been summed down, to use again. */
    private final ConcurrentLinkedQueue<float[][]> spare = new ConcurrentLinkedQueue<>();

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
        this.across = new AcrossFilter(columns);
        this.down = new float[alpha ? 4 : 3][Math.multiplyExact(outWidth, outHeight)];
        this.firstOutput = new int[framing.height()];
        this.outputs = new int[framing.height()];
        Arrays.fill(firstOutput, -1);
        this.missing = new AtomicIntegerArray(outHeight);
        for (int o = 0; o < outHeight; o++) {
            for (int dataRow = rows.start(o); dataRow < rows.end(o); dataRow++) {
                if (firstOutput[dataRow] < 0) {
                    firstOutput[dataRow] = o;
                }
                outputs[dataRow]++;
            }
            missing.set(o, rows.end(o) - rows.start(o));
        }
        this.unsummed = new AtomicIntegerArray(outputs);
        this.waiting = new float[framing.height()][][];
    }

    /**
     * Takes row {@code dataRow} of the data window (0 is its top): {@code width} samples of each plane from {@code
     * offset}. The plane arrays may be the same array (grey) and are not kept.
     */
    void row(int dataRow, float[] red, float[] green, float[] blue, float @Nullable [] alpha, int offset) {
        if (!shown(dataRow)) {
            return;
        }
        float[][] filtered = buffer();
        across.filter(red, offset, filtered[0], 0);
        across.filter(green, offset, filtered[1], 0);
        across.filter(blue, offset, filtered[2], 0);
        if (filtered.length == 4) {
            if (alpha == null) {
                Arrays.fill(filtered[3], 0);
            } else if (across.filter(alpha, offset, filtered[3], 0) && !sawAlpha) {
                sawAlpha = true;
            }
        }
        arrived(dataRow, filtered);
    }

    /** Takes a row as {@link #row(int, float[], float[], float[], float[], int)} does, as half patterns. */
    void row(int dataRow, char[] red, char[] green, char[] blue, char @Nullable [] alpha, int offset) {
        if (!shown(dataRow)) {
            return;
        }
        float[][] filtered = buffer();
        if (filtered.length == 4 && alpha == null) {
            Arrays.fill(filtered[3], 0);
        }
        if (across.filter(red, green, blue, filtered.length == 4 ? alpha : null, offset, filtered, 0) && !sawAlpha) {
            sawAlpha = true;
        }
        arrived(dataRow, filtered);
    }

    /** Whether data row {@code dataRow} is in some output row's footprint (not outside the display window). */
    private boolean shown(int dataRow) {
        return dataRow >= 0 && dataRow < firstOutput.length && firstOutput[dataRow] >= 0;
    }

    private float[][] buffer() {
        float[][] reused = spare.poll();
        return reused != null ? reused : new float[down.length][outWidth];
    }

    /**
     * Keeps a data row filtered across until the footprints of its output rows are complete; the thread that completes
     * one sums its rows in order (the same sums, to the bit, whichever thread gave which row), and a row's buffer is
     * used again once every output row holding it has summed it.
     */
    private void arrived(int dataRow, float[][] filtered) {
        waiting[dataRow] = filtered;
        for (int o = firstOutput[dataRow]; o < firstOutput[dataRow] + outputs[dataRow]; o++) {
            if (missing.decrementAndGet(o) == 0) {
                sumDown(o);
            }
        }
    }

    private void sumDown(int o) {
        int base = o * outWidth;
        for (int c = 0; c < down.length; c++) {
            float[] sum = down[c];
            for (int r = rows.start(o); r < rows.end(o); r++) {
                float[] plane = waiting[r][c];
                for (int x = 0; x < outWidth; x++) {
                    sum[base + x] += plane[x];
                }
            }
        }
        for (int r = rows.start(o); r < rows.end(o); r++) {
            if (unsummed.decrementAndGet(r) == 0) {
                spare.add(waiting[r]);
                waiting[r] = null;
            }
        }
    }

    /** The picture, once every row has been given; the caller and a thread of the common pool share the work. */
    BufferedImage finish() {
        BufferedImage picture = new BufferedImage(outWidth, outHeight, BufferedImage.TYPE_3BYTE_BGR);
        byte[] pixels = ((DataBufferByte) picture.getRaster().getDataBuffer()).getData();
        boolean alpha = down.length == 4 && (sawAlpha || !emptyAlphaIsOpaque);
        Compositing compositing =
                new Compositing(alpha ? down : Arrays.copyOf(down, 3), columns, rows, settings, pixels);
        ForkJoinTask<?> helper =
                compositing.isWorthAHelper() ? ForkJoinTask.adapt(compositing).fork() : null;
        compositing.run();
        if (helper != null) {
            helper.join();
        }
        return picture;
    }
}
