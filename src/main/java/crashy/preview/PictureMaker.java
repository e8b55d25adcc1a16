package crashy.preview;

import java.awt.image.BufferedImage;

/**
 * Turns scene-linear pixels into the 8-bit sRGB picture a person expects: framed on the display window (outside the
 * data window is background), pixel aspect respected, downscaled with a box filter in linear light, NaN, infinite
 * and negative values made safe first, premultiplied alpha composited over a checkerboard, exposure applied, and the
 * sRGB transfer curve (not a plain gamma) last. The work is {@link PreviewCanvas}'s; decoders that can hand it rows
 * as they decode them never hold the whole frame.
 */
public final class PictureMaker {
    private static final int[] SRGB = srgbTable();

    private PictureMaker() {}

    public static BufferedImage make(LinearImage image, PictureSettings settings) {
        PreviewCanvas canvas = new PreviewCanvas(image.framing(), image.alpha() != null, false, settings);
        for (int y = 0; y < image.height(); y++) {
            canvas.row(y, image.red(), image.green(), image.blue(), image.alpha(), y * image.width());
        }
        return canvas.finish();
    }

    /** The sRGB code value of a linear value, clamped to [0, 1]; from a 65536-step table of the exact curve. */
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
