package crashy.preview;

/**
 * The last steps of a preview, for one output row from the sums of its data rows filtered across and down:
 * premultiplied alpha composited over a checkerboard, the exposure, and the sRGB curve, into the picture's
 * red-green-blue bytes ({@link RgbPictures}). Filtering before compositing is exact because compositing premultiplied
 * colour is linear. Rows are independent, so any thread may composite any row.
 */
final class Compositing {
    private static final int CHECK = 8;

    private final BoxFilter columns;
    private final BoxFilter rows;
    private final PictureSettings settings;
    private final byte[] pixels;
    private final float gain;

    /** @param pixels the picture's bytes, three per pixel */
    Compositing(BoxFilter columns, BoxFilter rows, PictureSettings settings, byte[] pixels) {
        this.columns = columns;
        this.rows = rows;
        this.settings = settings;
        this.pixels = pixels;
        this.gain = (float) Math.pow(2, settings.exposure());
    }

    /**
     * Output row {@code y} from {@code sums}: red, green, blue and, if {@code withAlpha}, alpha, {@code
     * columns.size()} wide. Everything the loop reads is in locals first: a cold JVM runs the first hundred rows or so
     * in the interpreter, where each field read and call in the loop costs.
     */
    void compose(int y, float[][] sums, boolean withAlpha) {
        float weight = rows.weight(y);
        float rowCoverage = rows.coverage(y);
        float colour = weight * gain;
        float[] red = sums[0];
        float[] green = sums[1];
        float[] blue = sums[2];
        float[] alpha = withAlpha ? sums[3] : null;
        float dark = settings.checkDark();
        float light = settings.checkLight();
        int checkRow = y / CHECK;
        byte[] out = pixels;
        int width = columns.size();
        for (int x = 0, at = 3 * y * width; x < width; x++, at += 3) {
            float coverage = alpha != null ? opacity(alpha[x] * weight) : columns.coverage(x) * rowCoverage;
            float behind = (1 - coverage) * (((x / CHECK + checkRow) & 1) == 0 ? dark : light);
            out[at] = (byte) PictureMaker.toSrgb(red[x] * colour + behind);
            out[at + 1] = (byte) PictureMaker.toSrgb(green[x] * colour + behind);
            out[at + 2] = (byte) PictureMaker.toSrgb(blue[x] * colour + behind);
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
