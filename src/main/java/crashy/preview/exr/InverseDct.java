package crashy.preview.exr;

import java.util.Arrays;

/**
 * The 8×8 inverse DCT of DWA. Float rounding depends on the order of operations, so this follows, operation for
 * operation, the vectorised (AVX) inverse transform that OpenEXR uses on x86-64, which is what produced the reference
 * pixels: a matrix-vector product per row, then a column pass that skips the terms of rows known to be zero.
 */
final class InverseDct {
    static final float A = 3.535536e-01f;
    private static final float B = 4.903927e-01f;
    private static final float C = 4.619398e-01f;
    private static final float D = 4.157349e-01f;
    private static final float E = 2.777855e-01f;
    private static final float F = 1.913422e-01f;
    private static final float G = 9.754573e-02f;

    private InverseDct() {}

    /** A block with only a DC coefficient is flat. */
    static void dcOnly(float[] data) {
        Arrays.fill(data, data[0] * A * A);
    }

    /** Transforms {@code data} (row-major 8×8) in place; rows {@code 8 - zeroedRows} to 7 are known to be zero. */
    static void inverse(float[] data, int zeroedRows) {
        int rows = 8 - zeroedRows;
        for (int r = 0; r < rows; r++) {
            row(data, 8 * r);
        }
        if (rows == 1) {
            for (int i = 8; i < 64; i++) {
                data[i] = data[i & 7] * A;
            }
            for (int i = 0; i < 8; i++) {
                data[i] *= A;
            }
            return;
        }
        if (rows == 8) {
            for (int column = 0; column < 8; column++) {
                fullColumn(data, column);
            }
            return;
        }
        for (int column = 0; column < 8; column++) {
            column(data, column, rows);
        }
    }

    /**
     * One row as the sum of even-column terms (matrix M1 times x0, x2, x4, x6) and odd-column terms (M2 times x1, x3,
     * x5, x7), each a pairwise sum of products. The products of x0 and x4 by ±A, which recur, are computed once, which is
     * the same arithmetic and keeps this method under C2's 325-byte limit for inlining hot methods (it was 2 bytes
     * over): called eight times per block, inlined it spares the calls and the spilling of the caller's registers.
     */
    private static void row(float[] d, int o) {
        float a0 = d[o] * A;
        float x1 = d[o + 1];
        float x2 = d[o + 2];
        float x3 = d[o + 3];
        float x4 = d[o + 4];
        float x5 = d[o + 5];
        float x6 = d[o + 6];
        float x7 = d[o + 7];
        float a4 = x4 * A;
        float minusA4 = x4 * -A;
        float e0 = (a0 + x2 * C) + (a4 + x6 * F);
        float e1 = (a0 + x2 * F) + (minusA4 + x6 * -C);
        float e2 = (a0 + x2 * -F) + (minusA4 + x6 * C);
        float e3 = (a0 + x2 * -C) + (a4 + x6 * -F);
        float o0 = (x1 * B + x3 * D) + (x5 * E + x7 * G);
        float o1 = (x1 * D + x3 * -G) + (x5 * -B + x7 * -E);
        float o2 = (x1 * E + x3 * -B) + (x5 * G + x7 * D);
        float o3 = (x1 * G + x3 * -E) + (x5 * D + x7 * -B);
        d[o] = e0 + o0;
        d[o + 1] = e1 + o1;
        d[o + 2] = e2 + o2;
        d[o + 3] = e3 + o3;
        d[o + 4] = e3 - o3;
        d[o + 5] = e2 - o2;
        d[o + 6] = e1 - o1;
        d[o + 7] = e0 - o0;
    }

    /**
     * {@link #column} when no row is zero, the common case, with exactly its operations. Without the tests of which
     * rows to skip it stays under C2's 325-byte limit for inlining hot methods, which {@link #column} is far over.
     */
    private static void fullColumn(float[] d, int c) {
        float y1 = d[8 + c];
        float y3 = d[24 + c];
        float y5 = d[40 + c];
        float y7 = d[56 + c];
        float odd0 = (B * y1 + D * y3) + (E * y5 + G * y7);
        float odd1 = (D * y1 - (G * y3 + B * y5)) - E * y7;
        float odd2 = ((E * y1 - B * y3) + G * y5) + D * y7;
        float odd3 = (G * y1 + D * y5) - (E * y3 + B * y7);
        float a0 = A * d[c];
        float a4 = A * d[32 + c];
        float sum04 = a0 + a4;
        float difference04 = a0 - a4;
        float y2 = d[16 + c];
        float y6 = d[48 + c];
        float cf = C * y2 + F * y6;
        float fc = F * y2 - C * y6;
        float e0 = sum04 + cf;
        float e1 = difference04 + fc;
        float e2 = difference04 - fc;
        float e3 = sum04 - cf;
        d[c] = e0 + odd0;
        d[8 + c] = e1 + odd1;
        d[16 + c] = e2 + odd2;
        d[24 + c] = e3 + odd3;
        d[32 + c] = e3 - odd3;
        d[40 + c] = e2 - odd2;
        d[48 + c] = e1 - odd1;
        d[56 + c] = e0 - odd0;
    }

    /** {@code rows} is at least 2; a term of row {@code r} is only added when {@code r < rows}. */
    private static void column(float[] d, int c, int rows) {
        float y0 = d[c];
        float y1 = d[8 + c];
        float y2 = d[16 + c];
        float y3 = d[24 + c];
        float y4 = d[32 + c];
        float y5 = d[40 + c];
        float y6 = d[48 + c];
        float y7 = d[56 + c];
        boolean r2 = rows > 2;
        boolean r3 = rows > 3;
        boolean r4 = rows > 4;
        boolean r5 = rows > 5;
        boolean r6 = rows > 6;
        boolean r7 = rows > 7;

        float odd0 = B * y1;
        if (r3) {
            odd0 = odd0 + D * y3;
        }
        if (r5) {
            odd0 = odd0 + (r7 ? E * y5 + G * y7 : E * y5);
        }
        float odd1 = D * y1;
        if (r3) {
            odd1 = odd1 - (r5 ? G * y3 + B * y5 : G * y3);
        }
        if (r7) {
            odd1 = odd1 - E * y7;
        }
        float odd2 = E * y1;
        if (r3) {
            odd2 = odd2 - B * y3;
        }
        if (r5) {
            odd2 = odd2 + G * y5;
        }
        if (r7) {
            odd2 = odd2 + D * y7;
        }
        float odd3 = G * y1;
        if (r5) {
            odd3 = odd3 + D * y5;
        }
        if (r3) {
            odd3 = odd3 - (r7 ? E * y3 + B * y7 : E * y3);
        }

        float sum04 = A * y0;
        float difference04 = sum04;
        if (r4) {
            float a4 = A * y4;
            sum04 = sum04 + a4;
            difference04 = difference04 - a4;
        }
        float e0 = sum04;
        float e3 = sum04;
        float e1 = difference04;
        float e2 = difference04;
        if (r2) {
            float cf = r6 ? C * y2 + F * y6 : C * y2;
            e0 = sum04 + cf;
            e3 = sum04 - cf;
            float fc = r6 ? F * y2 - C * y6 : F * y2;
            e1 = difference04 + fc;
            e2 = difference04 - fc;
        }
        d[c] = e0 + odd0;
        d[8 + c] = e1 + odd1;
        d[16 + c] = e2 + odd2;
        d[24 + c] = e3 + odd3;
        d[32 + c] = e3 - odd3;
        d[40 + c] = e2 - odd2;
        d[48 + c] = e1 - odd1;
        d[56 + c] = e0 - odd0;
    }
}
