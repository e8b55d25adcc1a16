package crashy.preview;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;
import java.util.concurrent.ForkJoinTask;
import org.jspecify.annotations.Nullable;

/**
 * The preview picture, built from the rows of a frame's data window as a decoder produces them: in any order, from
 * several threads at once, each row once, as floats or half patterns. A row is made safe and box-filtered across at
 * once into a buffer as narrow as the picture ({@link AcrossFilter}); {@link #finish()} has {@link Compositing} make
 * the picture of those rows.
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
        this.across = new AcrossFilter(columns);
        this.narrow = new float[alpha ? 4 : 3][Math.multiplyExact(outWidth, framing.height())];
    }

    /**
     * Takes row {@code dataRow} of the data window (0 is its top): {@code width} samples of each plane from {@code
     * offset}. The plane arrays may be the same array (grey) and are not kept.
     */
    void row(int dataRow, float[] red, float[] green, float[] blue, float @Nullable [] alpha, int offset) {
        int base = base(dataRow);
        if (base < 0) {
            return;
        }
        across.filter(red, offset, narrow[0], base);
        across.filter(green, offset, narrow[1], base);
        across.filter(blue, offset, narrow[2], base);
        if (narrow.length == 4 && alpha != null && across.filter(alpha, offset, narrow[3], base) && !sawAlpha) {
            sawAlpha = true;
        }
    }

    /** Takes a row as {@link #row(int, float[], float[], float[], float[], int)} does, as half patterns. */
    void row(int dataRow, char[] red, char[] green, char[] blue, char @Nullable [] alpha, int offset) {
        int base = base(dataRow);
        if (base < 0) {
            return;
        }
        if (across.filter(red, green, blue, narrow.length == 4 ? alpha : null, offset, narrow, base) && !sawAlpha) {
            sawAlpha = true;
        }
    }

    /** Where data row {@code dataRow} starts in the narrow rows, or -1 when it lies outside the display window. */
    private int base(int dataRow) {
        int displayRow = dataRow + framing.offsetY();
        return displayRow < 0 || displayRow >= framing.displayHeight() ? -1 : dataRow * outWidth;
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
