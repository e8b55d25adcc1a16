package crashy.preview;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.Raster;
import org.jspecify.annotations.Nullable;

/**
 * The samples of a picture ImageIO read, row by row, as the linear light the preview pipeline works in: colour
 * premultiplied by alpha, then alpha if the picture has one. Row by row so that a preview never holds the picture's
 * float planes beside the picture itself: for a 4K PNG they were 100 MB more, and ran a 160 MB heap out of memory.
 */
final class LinearSamples {
    private static final float[] LINEAR = linearTable();

    private final BufferedImage image;
    private final Kind kind;
    private final int colours;
    private final boolean alpha;
    private final int[] ints;

    private enum Kind {
        /** 8- and 16-bit pictures: sRGB values turned back into linear light. */
        SRGB,
        /** Float samples as they are: grey or RGB. */
        FLOATS,
        /** Int samples that hold the bits of floats, read as those floats. */
        FLOAT_BITS
    }

    private LinearSamples(BufferedImage image, Kind kind) {
        this.image = image;
        this.kind = kind;
        ColorModel model = image.getColorModel();
        this.colours = kind == Kind.SRGB || model.getNumColorComponents() >= 3 ? 3 : 1;
        this.alpha = model.hasAlpha();
        this.ints = new int[image.getWidth()];
    }

    static LinearSamples fromSrgb(BufferedImage image) {
        return new LinearSamples(image, Kind.SRGB);
    }

    static LinearSamples floats(BufferedImage image) {
        return new LinearSamples(image, Kind.FLOATS);
    }

    static LinearSamples floatBits(BufferedImage image) {
        return new LinearSamples(image, Kind.FLOAT_BITS);
    }

    int width() {
        return image.getWidth();
    }

    int height() {
        return image.getHeight();
    }

    boolean hasAlpha() {
        return alpha;
    }

    /** Buffers for one row: red, green, blue (the same array for a grey picture) and alpha, or null. */
    float[][] rowBuffers() {
        float[] first = new float[width()];
        float[] second = colours == 3 ? new float[width()] : first;
        float[] third = colours == 3 ? new float[width()] : first;
        return new float[][] {first, second, third, alpha ? new float[width()] : null};
    }

    /** Fills buffers from {@link #rowBuffers()} with row {@code y}. */
    void row(int y, float[][] out) {
        if (kind == Kind.SRGB) {
            srgbRow(y, out[0], out[1], out[2], out[3]);
        } else {
            floatRow(y, out);
        }
    }

    private void srgbRow(int y, float[] red, float[] green, float[] blue, float @Nullable [] alphas) {
        int width = width();
        image.getRGB(0, y, width, 1, ints, 0, width);
        for (int x = 0; x < width; x++) {
            int argb = ints[x];
            float a = alphas == null ? 1 : ((argb >>> 24) & 0xff) / 255f;
            red[x] = LINEAR[(argb >> 16) & 0xff] * a;
            green[x] = LINEAR[(argb >> 8) & 0xff] * a;
            blue[x] = LINEAR[argb & 0xff] * a;
            if (alphas != null) {
                alphas[x] = a;
            }
        }
    }

    private void floatRow(int y, float[][] out) {
        Raster raster = image.getRaster();
        int width = width();
        for (int band = 0; band < colours + (alpha ? 1 : 0); band++) {
            float[] plane = band < colours ? out[band] : out[3];
            if (kind == Kind.FLOAT_BITS) {
                raster.getSamples(0, y, width, 1, band, ints);
                for (int x = 0; x < width; x++) {
                    plane[x] = Float.intBitsToFloat(ints[x]);
                }
            } else {
                raster.getSamples(0, y, width, 1, band, plane);
            }
        }
        float[] alphas = out[3];
        if (alphas != null && !image.getColorModel().isAlphaPremultiplied()) {
            for (int c = 0; c < colours; c++) {
                for (int x = 0; x < width; x++) {
                    out[c][x] *= alphas[x];
                }
            }
        }
    }

    /** The whole picture as planes. */
    LinearImage image() {
        int width = width();
        int height = height();
        float[][] row = rowBuffers();
        float[][] planes = new float[4][];
        for (int p = 0; p < 4; p++) {
            boolean shared = p > 0 && p < 3 && row[p] == row[0];
            planes[p] = row[p] == null || shared ? null : new float[width * height];
        }
        for (int y = 0; y < height; y++) {
            row(y, row);
            for (int p = 0; p < 4; p++) {
                if (planes[p] != null) {
                    System.arraycopy(row[p], 0, planes[p], y * width, width);
                }
            }
        }
        float[] red = planes[0];
        float[] green = planes[1] == null ? red : planes[1];
        float[] blue = planes[2] == null ? red : planes[2];
        return new LinearImage(width, height, red, green, blue, planes[3], width, height, 0, 0, 1);
    }

    private static float[] linearTable() {
        float[] table = new float[256];
        for (int i = 0; i < 256; i++) {
            double encoded = i / 255.0;
            table[i] = (float) (encoded <= 0.04045 ? encoded / 12.92 : Math.pow((encoded + 0.055) / 1.055, 2.4));
        }
        return table;
    }
}
