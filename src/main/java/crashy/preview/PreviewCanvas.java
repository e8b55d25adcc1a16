package crashy.preview;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The preview picture, built from the rows of a frame's data window as a decoder produces them: in any order, from
 * several threads at once, each row once, as floats or half patterns. A row is made safe and box-filtered across at
 * once into a buffer as narrow as the picture ({@link AcrossFilter}), summed down into a picture's row as soon as the
 * rest of its footprint is in ({@link DownSums}), and that row composited into the picture ({@link PictureRows}).
 */
final class PreviewCanvas {
    /** Pictures taller than this come only from nonsensical display windows. */
    private static final int MAX_HEIGHT = 16384;

    private final AcrossFilter across;

    /** The rows filtered across, summed down into the picture's rows as their footprints fill. */
    private final DownSums down;

    private final BufferedImage picture;
    private final PictureRows pictureRows;

    /**
     * @param alpha whether rows come with alpha
     * @param emptyAlphaIsOpaque whether an alpha that is zero everywhere means no alpha at all (renderers write such
     *     planes when the alpha means nothing; honouring it would show the picture as a ghost over the checkerboard)
     */
    PreviewCanvas(Framing framing, boolean alpha, boolean emptyAlphaIsOpaque, PictureSettings settings) {
        double shownWidth = framing.displayWidth() * (double) framing.pixelAspect();
        int outWidth = (int) Math.max(1, Math.round(Math.min(settings.maxWidth(), shownWidth)));
        long height = Math.max(1, Math.round(framing.displayHeight() * outWidth / shownWidth));
        if (height > MAX_HEIGHT) {
            throw new UnreadableFrameException("the display window " + framing.displayWidth() + "x"
                    + framing.displayHeight() + " is too tall to preview");
        }
        int outHeight = (int) height;
        double scaleX = outWidth / (double) framing.displayWidth();
        double scaleY = outHeight / (double) framing.displayHeight();
        BoxFilter columns = new BoxFilter(framing.displayWidth(), outWidth, scaleX, framing.offsetX(), framing.width());
        BoxFilter rows = new BoxFilter(framing.displayHeight(), outHeight, scaleY, framing.offsetY(), framing.height());
        this.across = new AcrossFilter(columns);
        this.picture = RgbPictures.blank(outWidth, outHeight);
        int planes = alpha ? 4 : 3;
        this.pictureRows = new PictureRows(
                new Compositing(columns, rows, settings, RgbPictures.bytes(picture)),
                outHeight,
                planes,
                outWidth,
                emptyAlphaIsOpaque);
        this.down = new DownSums(rows, framing.height(), planes, outWidth, pictureRows);
    }

    /**
     * Takes row {@code dataRow} of the data window (0 is its top): {@code width} samples of each plane from {@code
     * offset}. The plane arrays may be the same array (grey) and are not kept.
     */
    void row(int dataRow, float[] red, float[] green, float[] blue, float @Nullable [] alpha, int offset) {
        if (!down.holds(dataRow)) {
            return;
        }
        float[][] filtered = buffer(alpha != null);
        across.filter(red, offset, filtered[0], 0);
        across.filter(green, offset, filtered[1], 0);
        across.filter(blue, offset, filtered[2], 0);
        if (filtered.length == 4 && alpha != null && across.filter(alpha, offset, filtered[3], 0)) {
            pictureRows.sawAlpha();
        }
        down.add(dataRow, filtered);
    }

    /** Takes a row as {@link #row(int, float[], float[], float[], float[], int)} does, as half patterns. */
    void row(int dataRow, char[] red, char[] green, char[] blue, char @Nullable [] alpha, int offset) {
        if (!down.holds(dataRow)) {
            return;
        }
        float[][] filtered = buffer(alpha != null);
        if (across.filter(red, green, blue, filtered.length == 4 ? alpha : null, offset, filtered, 0)) {
            pictureRows.sawAlpha();
        }
        down.add(dataRow, filtered);
    }

    /**
     * A buffer for a row filtered across; if the canvas has alpha but the row comes without it, its alpha is 0 (the
     * buffer may hold an earlier row's).
     */
    private float[][] buffer(boolean alphaGiven) {
        float[][] filtered = down.buffer();
        if (filtered.length == 4 && !alphaGiven) {
            Arrays.fill(filtered[3], 0);
        }
        return filtered;
    }

    /** The picture, once every row has been given. */
    BufferedImage finish() {
        pictureRows.finish();
        return picture;
    }
}
