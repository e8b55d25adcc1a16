package crashy.preview;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The last steps of a preview, from the sums of rows a {@link PreviewCanvas} has filtered across and down: the box
 * filter's weight down, premultiplied alpha composited over a checkerboard, the exposure, and the sRGB curve, into the
 * picture's blue-green-red bytes. Filtering before compositing is exact because compositing premultiplied colour is
 * linear.
 * Blocks of output rows are taken by whichever thread runs it next, so several may share the work.
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
     * @param sums red, green, blue and, if alpha counts, alpha of each picture row: the sum of the data window rows in
     *     its footprint, filtered across, {@code columns.size()} wide
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

    private void compose(int y) {
        boolean alpha = sums.length == 4;
        int row = y * columns.size();
        float weight = rows.weight(y);
        float rowCoverage = rows.coverage(y);
        float colour = weight * gain;
        int base = 3 * y * columns.size();
        for (int x = 0; x < columns.size(); x++) {
            float coverage =
                    alpha ? Math.min(1, Math.max(0, sums[3][row + x] * weight)) : columns.coverage(x) * rowCoverage;
            float background = ((x / CHECK + y / CHECK) & 1) == 0 ? settings.checkDark() : settings.checkLight();
            float behind = (1 - coverage) * background;
            pixels[base + 3 * x] = (byte) PictureMaker.toSrgb(sums[2][row + x] * colour + behind);
            pixels[base + 3 * x + 1] = (byte) PictureMaker.toSrgb(sums[1][row + x] * colour + behind);
            pixels[base + 3 * x + 2] = (byte) PictureMaker.toSrgb(sums[0][row + x] * colour + behind);
        }
    }
}
