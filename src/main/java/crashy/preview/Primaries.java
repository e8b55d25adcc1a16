package crashy.preview;

import crashy.preview.exr.ExrChromaticities;

/**
 * Converts colours between RGB spaces given by their chromaticities, for EXRs whose primaries are not Rec.709/sRGB
 * (ACES AP0 renders, XYZ files): RGB → XYZ with the file's primaries, then XYZ → linear sRGB.
 */
final class Primaries {
    private Primaries() {}

    /** The 3×3 matrix (row-major) taking the file's linear RGB to linear Rec.709 RGB; null when they are the same. */
    static float[] toRec709(ExrChromaticities from) {
        if (isRec709(from)) {
            return null;
        }
        double[] toXyz = rgbToXyz(from);
        double[] fromXyz = invert(rgbToXyz(ExrChromaticities.REC709));
        double[] m = multiply(fromXyz, toXyz);
        float[] result = new float[9];
        for (int i = 0; i < 9; i++) {
            result[i] = (float) m[i];
        }
        return result;
    }

    /**
     * Compares the eight numbers one by one rather than with the record's {@code equals}, which is set up through method
     * handles on its first call: about 15 ms of a cold preview command.
     */
    private static boolean isRec709(ExrChromaticities c) {
        ExrChromaticities rec709 = ExrChromaticities.REC709;
        return c == rec709
                || (c.redX() == rec709.redX()
                        && c.redY() == rec709.redY()
                        && c.greenX() == rec709.greenX()
                        && c.greenY() == rec709.greenY()
                        && c.blueX() == rec709.blueX()
                        && c.blueY() == rec709.blueY()
                        && c.whiteX() == rec709.whiteX()
                        && c.whiteY() == rec709.whiteY());
    }

    /** Applies the row-major 3×3 matrix to the first {@code count} pixels of the planes, in place. */
    static void apply(float[] m, float[] r, float[] g, float[] b, int count) {
        for (int i = 0; i < count; i++) {
            float red = r[i];
            float green = g[i];
            float blue = b[i];
            r[i] = m[0] * red + m[1] * green + m[2] * blue;
            g[i] = m[3] * red + m[4] * green + m[5] * blue;
            b[i] = m[6] * red + m[7] * green + m[8] * blue;
        }
    }

    /** The luminance weights of the file's primaries: the Y row of its RGB → XYZ matrix. */
    static double[] luminanceWeights(ExrChromaticities primaries) {
        double[] m = rgbToXyz(primaries);
        return new double[] {m[3], m[4], m[5]};
    }

    static double[] rgbToXyz(ExrChromaticities c) {
        double[] primaries = {
            c.redX() / c.redY(),
            c.greenX() / c.greenY(),
            c.blueX() / c.blueY(),
            1,
            1,
            1,
            (1 - c.redX() - c.redY()) / c.redY(),
            (1 - c.greenX() - c.greenY()) / c.greenY(),
            (1 - c.blueX() - c.blueY()) / c.blueY()
        };
        double[] white = {c.whiteX() / c.whiteY(), 1, (1 - c.whiteX() - c.whiteY()) / c.whiteY()};
        double[] inverse = invert(primaries);
        double[] scale = new double[3];
        for (int row = 0; row < 3; row++) {
            scale[row] =
                    inverse[row * 3] * white[0] + inverse[row * 3 + 1] * white[1] + inverse[row * 3 + 2] * white[2];
        }
        double[] m = new double[9];
        for (int row = 0; row < 3; row++) {
            for (int col = 0; col < 3; col++) {
                m[row * 3 + col] = primaries[row * 3 + col] * scale[col];
            }
        }
        return m;
    }

    private static double[] multiply(double[] a, double[] b) {
        double[] m = new double[9];
        for (int row = 0; row < 3; row++) {
            for (int col = 0; col < 3; col++) {
                for (int k = 0; k < 3; k++) {
                    m[row * 3 + col] += a[row * 3 + k] * b[k * 3 + col];
                }
            }
        }
        return m;
    }

    private static double[] invert(double[] m) {
        double det = m[0] * (m[4] * m[8] - m[5] * m[7])
                - m[1] * (m[3] * m[8] - m[5] * m[6])
                + m[2] * (m[3] * m[7] - m[4] * m[6]);
        if (Math.abs(det) < 1e-12) {
            throw new UnreadableFrameException("the frame's chromaticities describe no usable colour space");
        }
        return new double[] {
            (m[4] * m[8] - m[5] * m[7]) / det, (m[2] * m[7] - m[1] * m[8]) / det, (m[1] * m[5] - m[2] * m[4]) / det,
            (m[5] * m[6] - m[3] * m[8]) / det, (m[0] * m[8] - m[2] * m[6]) / det, (m[2] * m[3] - m[0] * m[5]) / det,
            (m[3] * m[7] - m[4] * m[6]) / det, (m[1] * m[6] - m[0] * m[7]) / det, (m[0] * m[4] - m[1] * m[3]) / det
        };
    }
}
