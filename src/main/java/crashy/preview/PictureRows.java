package crashy.preview;

import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The picture's rows, each composited ({@link Compositing}) by the thread that summed it, as soon as it is summed,
 * unless whether the frame's alpha counts is still open: an alpha plane that is zero everywhere means no alpha at all
 * (see {@link PreviewCanvas}), which is known only at the end, or as soon as one alpha value above zero comes. Such rows
 * are held until {@link #finish}, which composites them and the rows whose footprints got no data, the caller and a
 * thread of the common pool sharing the work. Compositing at once keeps a few rows' sums rather than the picture's (15
 * MB for 1280x720 with alpha), which a cold JVM spent about 10 ms of CPU getting from the system before it decoded
 * anything.
 */
final class PictureRows implements DownSums.Summed, Runnable {
    private static final int ROWS_PER_BLOCK = 16;

    private final Compositing compositing;
    private final int planes;
    private final int width;
    private final boolean emptyAlphaIsOpaque;

    /** Per output row, its sums while it waits for {@link #finish}. */
    private final float[][] @Nullable [] held;

    /** Per output row, whether it has been composited. */
    private final boolean[] done;

    private final AtomicInteger nextBlock = new AtomicInteger();
    private volatile boolean sawAlpha;
    private boolean alphaCounts;

    /**
     * @param planes 4 if the rows come with alpha, else 3
     * @param emptyAlphaIsOpaque whether an alpha plane that is zero everywhere means no alpha at all
     */
    PictureRows(Compositing compositing, int height, int planes, int width, boolean emptyAlphaIsOpaque) {
        this.compositing = compositing;
        this.planes = planes;
        this.width = width;
        this.emptyAlphaIsOpaque = emptyAlphaIsOpaque;
        this.held = new float[height][][];
        this.done = new boolean[height];
    }

    /** Notes that a row filtered across had an alpha value above zero. */
    void sawAlpha() {
        if (!sawAlpha) {
            sawAlpha = true;
        }
    }

    @Override
    public boolean take(int outputRow, float[][] sums) {
        if (planes == 3 || !emptyAlphaIsOpaque || sawAlpha) {
            compositing.compose(outputRow, sums, planes == 4);
            done[outputRow] = true;
            return true;
        }
        held[outputRow] = sums;
        return false;
    }

    /**
     * Composites every row not yet composited, once every row has been given: with the sums held for it, or with none
     * (a footprint outside the data window, or rows that never came) as background.
     */
    void finish() {
        alphaCounts = planes == 4 && (sawAlpha || !emptyAlphaIsOpaque);
        CommonPoolWork.run(this, done.length > ROWS_PER_BLOCK ? 2 : 1);
    }

    /** Composites blocks of the rows {@link #finish} is left with, whichever block is next; threads may share it. */
    @Override
    public void run() {
        float[][] none = null;
        for (int block = nextBlock.getAndIncrement();
                block * ROWS_PER_BLOCK < done.length;
                block = nextBlock.getAndIncrement()) {
            int end = Math.min(done.length, (block + 1) * ROWS_PER_BLOCK);
            for (int y = block * ROWS_PER_BLOCK; y < end; y++) {
                if (done[y]) {
                    continue;
                }
                float[][] sums = held[y];
                if (sums == null) {
                    none = none == null ? new float[planes][width] : none;
                    sums = none;
                }
                compositing.compose(y, sums, alphaCounts);
            }
        }
    }
}
