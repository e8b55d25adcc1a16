package crashy.preview;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * Turns scene-linear pixels into the 8-bit sRGB picture a person expects: framed on the display window (outside the
 * data window is background), pixel aspect respected, downscaled with a box filter in linear light, NaN, infinite
 * and negative values made safe first, premultiplied alpha composited over a checkerboard, exposure applied, and the
 * sRGB transfer curve (not a plain gamma) last. The work is {@link PreviewCanvas}'s; decoders that can hand it rows
 * as they decode them never hold the whole frame.
 */
public final class PictureMaker {
    private static final int[] SRGB = srgbTable();

    /** The table's last index, as a float. */
    private static final float SRGB_LAST = SRGB.length - 1;

    private PictureMaker() {}

    public static BufferedImage make(LinearImage image, PictureSettings settings) {
        PreviewCanvas canvas = new PreviewCanvas(image.framing(), image.alpha() != null, false, settings);
        for (int y = 0; y < image.height(); y++) {
            canvas.row(y, image.red(), image.green(), image.blue(), image.alpha(), y * image.width());
        }
        return canvas.finish();
    }

    /**
     * The sRGB code value of a linear value, clamped to [0, 1]; from a 65536-step table of the exact curve. Kept within
     * the 35 bytes of bytecode that C1, the Docker image's only compiler, inlines (three calls per pixel).
     */
    static int toSrgb(float linear) {
        if (!(linear > 0)) {
            return 0;
        }
        if (linear >= 1) {
            return 255;
        }
        return SRGB[(int) (linear * SRGB_LAST + 0.5f)];
    }

    /**
     * {@code table[i]} is the 8-bit code of {@code i / 65535}. The codes only change 255 times along the table, so it is
     * filled between those places, each found from the inverse curve and then checked against the curve itself: 255
     * calls of {@code Math.pow} rather than 65,536, which took about 4 ms at the end of a cold preview command.
     */
    static int[] srgbTable() {
        int[] table = new int[65536];
        int last = table.length - 1;
        int from = 0;
        for (int code = 0; code < 255; code++) {
            // The first index whose code is above this one, where the curve crosses (code + 0.5) / 255.
            double threshold = (code + 0.5) / 255;
            double linear =
                    threshold <= 12.92 * 0.0031308 ? threshold / 12.92 : Math.pow((threshold + 0.055) / 1.055, 2.4);
            int next = Math.max(from, Math.min(last + 1, (int) Math.ceil(linear * last)));
            while (next > from && code(next - 1, last) > code) {
                next--;
            }
            while (next <= last && code(next, last) <= code) {
                next++;
            }
            Arrays.fill(table, from, next, code);
            from = next;
        }
        Arrays.fill(table, from, table.length, 255);
        return table;
    }

    /** The 8-bit sRGB code of {@code index / last}, from the exact curve. */
    static int code(int index, int last) {
        double linear = index / (double) last;
        double encoded = linear <= 0.0031308 ? 12.92 * linear : 1.055 * Math.pow(linear, 1 / 2.4) - 0.055;
        return (int) Math.round(encoded * 255);
    }
}
