package crashy.preview;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.concurrent.ForkJoinTask;
import org.jspecify.annotations.Nullable;

/**
 * The preview picture, built from the rows of a frame's data window as a decoder produces them: in any order, from
 * several threads at once, each row once, as floats or half patterns. A row is made safe and box-filtered across at
 * once into a buffer as narrow as the picture ({@link AcrossFilter}), and summed down into the picture's rows as soon
 * as the rest of their footprint is in ({@link DownSums}); {@link #finish()} has {@link Compositing} make the picture
 * of those rows.
 */
final class PreviewCanvas {
    /** Pictures taller than this come only from nonsensical display windows. */
    private static final int MAX_HEIGHT = 16384;

    private final PictureSettings settings;
    private final boolean emptyAlphaIsOpaque;
    private final int outWidth;
    private final int outHeight;
    private final BoxFilter columns;
    private final BoxFilter rows;
    private final AcrossFilter across;

    /** The rows filtered across, summed down into the picture's rows as their footprints fill. */
    private final DownSums down;

    private volatile boolean sawAlpha;

    /**
     * @param alpha whether rows come with alpha
     * @param emptyAlphaIsOpaque whether an alpha that is zero everywhere means no alpha at all (renderers write such
     *     planes when the alpha means nothing; honouring it would show the picture as a ghost over the checkerboard)
     */
    PreviewCanvas(Framing framing, boolean alpha, boolean emptyAlphaIsOpaque, PictureSettings settings) {
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
        this.down = new DownSums(rows, framing.height(), alpha ? 4 : 3, outWidth);
    }

    /**
     * Takes row {@code dataRow} of the data window (0 is its top): {@code width} samples of each plane from {@code
     * offset}. The plane arrays may be the same array (grey) and are not kept.
     */
    void row(int dataRow, float[] red, float[] green, float[] blue, float @Nullable [] alpha, int offset) {
        if (!down.holds(dataRow)) {
            return;
        }
        float[][] filtered = down.buffer();
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
        down.add(dataRow, filtered);
    }

    /** Takes a row as {@link #row(int, float[], float[], float[], float[], int)} does, as half patterns. */
    void row(int dataRow, char[] red, char[] green, char[] blue, char @Nullable [] alpha, int offset) {
        if (!down.holds(dataRow)) {
            return;
        }
        float[][] filtered = down.buffer();
        if (filtered.length == 4 && alpha == null) {
            Arrays.fill(filtered[3], 0);
        }
        if (across.filter(red, green, blue, filtered.length == 4 ? alpha : null, offset, filtered, 0) && !sawAlpha) {
            sawAlpha = true;
        }
        down.add(dataRow, filtered);
    }

    /** The picture, once every row has been given; the caller and a thread of the common pool share the work. */
    BufferedImage finish() {
        BufferedImage picture = RgbPictures.blank(outWidth, outHeight);
        byte[] pixels = RgbPictures.bytes(picture);
        float[][] sums = down.sums();
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
