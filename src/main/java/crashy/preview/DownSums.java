package crashy.preview;

import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * The box filter down, for rows already filtered across that arrive in any order from several threads: a row waits in
 * a buffer only until every row of its output row's footprint is in; the thread that gives the last one sums them, in
 * order, into a buffer for that output row and hands it on ({@link Summed}), so the sums are the same to the bit
 * whichever thread gave which row. A buffer is used again once every output row holding its row has summed it, and
 * once the output row's sums are no longer wanted. The filter down runs on the decoding threads.
 */
final class DownSums {
    /** Where each output row's sums go, once its footprint is in. */
    interface Summed {
        /**
         * Takes output row {@code outputRow}'s sums: per plane, the unweighted sum of its data rows filtered across.
         * Returns true if done with {@code sums}, which are then used again for other rows; false to keep them.
         */
        boolean take(int outputRow, float[][] sums);
    }

    private final BoxFilter rows;
    private final int width;
    private final int planes;
    private final Summed summed;

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
     * Per data window row, its planes filtered across while its output rows' footprints fill. Written before the
     * row's counts in {@link #missing} go down, read by the threads that take those counts to 0.
     */
    private final float[][][] waiting;

    /** Buffers of rows that every output row holding them has summed, to use again. */
    private final ConcurrentLinkedQueue<float[][]> spare = new ConcurrentLinkedQueue<>();

    /**
     * @param rows the filter down: each output row's footprint in data window rows
     * @param dataHeight the data window's rows
     * @param planes red, green, blue and, if 4, alpha
     * @param width the picture's width
     * @param summed where the output rows' sums go
     */
    DownSums(BoxFilter rows, int dataHeight, int planes, int width, Summed summed) {
        this.rows = rows;
        this.width = width;
        this.planes = planes;
        this.summed = summed;
        this.firstOutput = new int[dataHeight];
        this.outputs = new int[dataHeight];
        Arrays.fill(firstOutput, -1);
        this.missing = new AtomicIntegerArray(rows.size());
        for (int o = 0; o < rows.size(); o++) {
            for (int dataRow = rows.start(o); dataRow < rows.end(o); dataRow++) {
                if (firstOutput[dataRow] < 0) {
                    firstOutput[dataRow] = o;
                }
                outputs[dataRow]++;
            }
            missing.set(o, rows.end(o) - rows.start(o));
        }
        this.unsummed = new AtomicIntegerArray(outputs);
        this.waiting = new float[dataHeight][][];
    }

    /** Whether data row {@code dataRow} is in some output row's footprint (not outside the display window). */
    boolean holds(int dataRow) {
        return dataRow >= 0 && dataRow < firstOutput.length && firstOutput[dataRow] >= 0;
    }

    /** A buffer for a row filtered across, one plane per plane of the picture; every value is to be written. */
    float[][] buffer() {
        float[][] reused = spare.poll();
        return reused != null ? reused : new float[planes][width];
    }

    /** Takes data row {@code dataRow}, filtered across into a {@link #buffer()}, which is not to be used again. */
    void add(int dataRow, float[][] filtered) {
        waiting[dataRow] = filtered;
        for (int o = firstOutput[dataRow]; o < firstOutput[dataRow] + outputs[dataRow]; o++) {
            if (missing.decrementAndGet(o) == 0) {
                sumDown(o);
            }
        }
    }

    private void sumDown(int o) {
        float[][] sums = buffer();
        for (int c = 0; c < planes; c++) {
            float[] sum = sums[c];
            Arrays.fill(sum, 0);
            for (int r = rows.start(o); r < rows.end(o); r++) {
                float[] plane = waiting[r][c];
                for (int x = 0; x < width; x++) {
                    sum[x] += plane[x];
                }
            }
        }
        for (int r = rows.start(o); r < rows.end(o); r++) {
            if (unsummed.decrementAndGet(r) == 0) {
                spare.add(waiting[r]);
                waiting[r] = null;
            }
        }
        if (summed.take(o, sums)) {
            spare.add(sums);
        }
    }
}
