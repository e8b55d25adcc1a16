package crashy.preview;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.Raster;

/** The samples of a picture ImageIO read, as the linear light the preview pipeline works in. */
final class LinearSamples {
    private static final float[] LINEAR = linearTable();

    private LinearSamples() {}

    /** 8- and 16-bit pictures: sRGB values turned back into linear light, colour premultiplied by alpha. */
    static LinearImage fromSrgb(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        float[] red = new float[width * height];
        float[] green = new float[width * height];
        float[] blue = new float[width * height];
        float[] alpha = image.getColorModel().hasAlpha() ? new float[width * height] : null;
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int argb = row[x];
                int i = y * width + x;
                float a = alpha == null ? 1 : ((argb >>> 24) & 0xff) / 255f;
                red[i] = LINEAR[(argb >> 16) & 0xff] * a;
                green[i] = LINEAR[(argb >> 8) & 0xff] * a;
                blue[i] = LINEAR[argb & 0xff] * a;
                if (alpha != null) {
                    alpha[i] = a;
                }
            }
        }
        return new LinearImage(width, height, red, green, blue, alpha, width, height, 0, 0, 1);
    }

    /** Float samples as they are: grey or RGB, alpha last when the colour model has one. */
    static LinearImage floats(BufferedImage image) {
        return planes(image, false);
    }

    /** Int samples that hold the bits of floats, read as those floats. */
    static LinearImage floatBits(BufferedImage image) {
        return planes(image, true);
    }

    private static LinearImage planes(BufferedImage image, boolean bits) {
        Raster raster = image.getRaster();
        int width = image.getWidth();
        int height = image.getHeight();
        ColorModel model = image.getColorModel();
        int colours = model.getNumColorComponents() >= 3 ? 3 : 1;
        float[][] planes = new float[model.hasAlpha() ? colours + 1 : colours][];
        for (int band = 0; band < planes.length; band++) {
            planes[band] = bits
                    ? floatsOf(raster.getSamples(0, 0, width, height, band, new int[width * height]))
                    : raster.getSamples(0, 0, width, height, band, new float[width * height]);
        }
        float[] alpha = model.hasAlpha() ? planes[colours] : null;
        if (alpha != null && !model.isAlphaPremultiplied()) {
            for (int c = 0; c < colours; c++) {
                for (int i = 0; i < alpha.length; i++) {
                    planes[c][i] *= alpha[i];
                }
            }
        }
        float[] green = colours == 3 ? planes[1] : planes[0];
        float[] blue = colours == 3 ? planes[2] : planes[0];
        return new LinearImage(width, height, planes[0], green, blue, alpha, width, height, 0, 0, 1);
    }

    private static float[] floatsOf(int[] bits) {
        float[] values = new float[bits.length];
        for (int i = 0; i < bits.length; i++) {
            values[i] = Float.intBitsToFloat(bits[i]);
        }
        return values;
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
