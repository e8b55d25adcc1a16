package crashy.preview;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The last steps of a preview, from the rows a {@link PreviewCanvas} has filtered across and down: premultiplied alpha
 * composited over a checkerboard, the exposure, and the sRGB curve, into the picture's red-green-blue bytes ({@link
 * RgbPictures}). Filtering before compositing is exact because compositing premultiplied colour is linear. Blocks of
 * output rows are taken by whichever thread runs it next, so several may share the work.
 */
final class Compositing implements Runnable {
    private static final int CHECK = 8;
    private static final int ROWS_PER_BLOCK = 16;

    private final float[][] sums;
    private final BoxFilter columns;
    private final BoxFilter rows;
    private final PictureSettings settings;
    private final byte[] pixels;
    private final float gain;
    private final AtomicInteger next = new AtomicInteger();

    /**
     * @param sums red, green, blue and, if alpha counts, alpha of each output row: the unweighted sums of its data rows
     *     filtered across, {@code columns.size()} wide
     * @param pixels the picture's bytes, three per pixel
     */
    Compositing(float[][] sums, BoxFilter columns, BoxFilter rows, PictureSettings settings, byte[] pixels) {
        this.sums = sums;
        this.columns = columns;
        this.rows = rows;
        this.settings = settings;
        this.pixels = pixels;
        this.gain = (float) Math.pow(2, settings.exposure());
    }

    /** Whether there are enough rows for a second thread to help. */
    boolean isWorthAHelper() {
        return rows.size() > ROWS_PER_BLOCK;
    }

    @Override
    public void run() {
        for (int block = next.getAndIncrement(); block * ROWS_PER_BLOCK < rows.size(); block = next.getAndIncrement()) {
            int end = Math.min(rows.size(), (block + 1) * ROWS_PER_BLOCK);
            for (int y = block * ROWS_PER_BLOCK; y < end; y++) {
                compose(y);
            }
        }
    }

    /**
     * One output row. Everything the loop reads is in locals first: a cold JVM runs the first hundred rows or so in
     * the interpreter, where each field read and call in the loop costs.
     */
    private void compose(int y) {
        float weight = rows.weight(y);
        float rowCoverage = rows.coverage(y);
        float colour = weight * gain;
        float[] red = sums[0];
        float[] green = sums[1];
        float[] blue = sums[2];
        float[] alpha = sums.length == 4 ? sums[3] : null;
        float dark = settings.checkDark();
        float light = settings.checkLight();
        int checkRow = y / CHECK;
        byte[] out = pixels;
        int width = columns.size();
        for (int x = 0, in = y * width, at = 3 * in; x < width; x++, in++, at += 3) {
            float coverage = alpha != null ? opacity(alpha[in] * weight) : columns.coverage(x) * rowCoverage;
            float behind = (1 - coverage) * (((x / CHECK + checkRow) & 1) == 0 ? dark : light);
            out[at] = (byte) PictureMaker.toSrgb(red[in] * colour + behind);
            out[at + 1] = (byte) PictureMaker.toSrgb(green[in] * colour + behind);
            out[at + 2] = (byte) PictureMaker.toSrgb(blue[in] * colour + behind);
        }
    }

    /**
     * Alpha clamped to [0, 1] (the across filter has made it a number). Compares rather than {@code Math.min} and
     * {@code Math.max}, which C1, the Docker image's only compiler, does not inline for floats; alpha is nearly always
     * 0 or 1, so the branches are predictable.
     */
    private static float opacity(float alpha) {
        return alpha > 0 ? (alpha < 1 ? alpha : 1) : 0;
    }
}
