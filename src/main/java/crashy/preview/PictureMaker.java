package crashy.preview;

import java.awt.image.BufferedImage;

/**
 * Turns scene-linear pixels into the 8-bit sRGB picture a person expects: framed on the display window (outside the
 * data window is background), pixel aspect respected, downscaled with an area filter in linear light, NaN, infinite
 * and negative values made safe first, premultiplied alpha composited over a checkerboard, exposure applied, and the
 * sRGB transfer curve (not a plain gamma) last. Filtering before compositing is exact because compositing
 * premultiplied colour is linear.
 */
public final class PictureMaker {
    private static final int CHECK = 8;
    private static final int[] SRGB = srgbTable();

    private PictureMaker() {}

    public static BufferedImage make(LinearImage image, PictureSettings settings) {
        double shownWidth = image.displayWidth() * (double) image.pixelAspect();
        int outWidth = (int) Math.max(1, Math.round(Math.min(settings.maxWidth(), shownWidth)));
        int outHeight = (int) Math.max(1, Math.round(image.displayHeight() * outWidth / shownWidth));
        double scaleX = outWidth / (double) image.displayWidth();
        double scaleY = outHeight / (double) image.displayHeight();
        float[] red = AreaFilter.resample(image, image.red(), outWidth, outHeight, scaleX, scaleY);
        float[] green = AreaFilter.resample(image, image.green(), outWidth, outHeight, scaleX, scaleY);
        float[] blue = AreaFilter.resample(image, image.blue(), outWidth, outHeight, scaleX, scaleY);
        float[] coverage = AreaFilter.resample(image, image.alpha(), outWidth, outHeight, scaleX, scaleY);
        return encode(new float[][] {red, green, blue}, coverage, outWidth, outHeight, settings);
    }

    private static BufferedImage encode(
            float[][] small, float[] coverage, int width, int height, PictureSettings settings) {
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        float gain = (float) Math.pow(2, settings.exposure());
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                float background = ((x / CHECK + y / CHECK) & 1) == 0 ? settings.checkDark() : settings.checkLight();
                float behind = (1 - Math.min(1, Math.max(0, coverage[i]))) * background;
                int r = toSrgb(small[0][i] * gain + behind);
                int g = toSrgb(small[1][i] * gain + behind);
                int b = toSrgb(small[2][i] * gain + behind);
                row[x] = (r << 16) | (g << 8) | b;
            }
            out.setRGB(0, y, width, 1, row, 0, width);
        }
        return out;
    }

    /** The sRGB code value of a linear value, clamped to [0, 1]; from a 4096-step table of the exact curve. */
    static int toSrgb(float linear) {
        if (!(linear > 0)) {
            return 0;
        }
        if (linear >= 1) {
            return 255;
        }
        return SRGB[(int) (linear * (SRGB.length - 1) + 0.5f)];
    }

    private static int[] srgbTable() {
        int[] table = new int[65536];
        for (int i = 0; i < table.length; i++) {
            double linear = i / (double) (table.length - 1);
            double encoded = linear <= 0.0031308 ? 12.92 * linear : 1.055 * Math.pow(linear, 1 / 2.4) - 0.055;
            table[i] = (int) Math.round(encoded * 255);
        }
        return table;
    }
}
