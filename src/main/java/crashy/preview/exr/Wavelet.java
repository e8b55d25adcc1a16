package crashy.preview.exr;

/**
 * The inverse of PIZ's two-dimensional Haar wavelet transform, in place on 16-bit values. Data whose largest value
 * fits in 14 bits uses the exact integer basis, other data the modulo-16-bit one.
 */
final class Wavelet {
    private static final int A_OFFSET = 1 << 15;
    private static final int MOD_MASK = (1 << 16) - 1;

    private Wavelet() {}

    /**
     * @param base index of the first value
     * @param nx values per row
     * @param ox distance between neighbours in a row
     * @param ny rows
     * @param oy distance between rows
     * @param max largest value in the data
     */
    static void decode(char[] in, int base, int nx, int ox, int ny, int oy, int max) {
        boolean w14 = max < (1 << 14);
        int n = Math.min(nx, ny);
        int p = 1;
        while (p <= n) {
            p <<= 1;
        }
        p >>= 1;
        int p2 = p;
        p >>= 1;
        while (p >= 1) {
            int py = base;
            int ey = base + oy * (ny - p2);
            int oy1 = oy * p;
            int oy2 = oy * p2;
            int ox1 = ox * p;
            int ox2 = ox * p2;
            for (; py <= ey; py += oy2) {
                int ex = py + ox * (nx - p2);
                int px = ox1 == 1 ? neighbours(in, py, ex, oy1, w14) : quads(in, py, ex, ox1, ox2, oy1, w14);
                if ((nx & p) != 0) {
                    pair(in, px, px + oy1, w14);
                }
            }
            if ((ny & p) != 0) {
                int ex = py + ox * (nx - p2);
                for (int px = py; px <= ex; px += ox2) {
                    pair(in, px, px + ox1, w14);
                }
            }
            p2 = p;
            p >>= 1;
        }
    }

    /** The 2×2 groups of a row from {@code px} to {@code ex}; returns the position after the last. */
    private static int quads(char[] in, int px, int ex, int ox1, int ox2, int oy1, boolean w14) {
        for (; px <= ex; px += ox2) {
            int p01 = px + ox1;
            int p10 = px + oy1;
            int p11 = p10 + ox1;
            if (w14) {
                quad14(in, px, p01, p10, p11);
            } else {
                quad16(in, px, p01, p10, p11);
            }
        }
        return px;
    }

    /**
     * As {@link #quads} for groups of neighbours (the last level of a plane of 16-bit values, three quarters of the
     * work): a loop with a constant step, which the compiler unrolls and checks the indices of once.
     */
    private static int neighbours(char[] in, int px, int ex, int oy1, boolean w14) {
        if (w14) {
            for (; px <= ex; px += 2) {
                quad14(in, px, px + 1, px + oy1, px + oy1 + 1);
            }
        } else {
            for (; px <= ex; px += 2) {
                quad16(in, px, px + 1, px + oy1, px + oy1 + 1);
            }
        }
        return px;
    }

    /**
     * The four pairs of a 2×2 group ({@link #pair}: down both columns, then across both rows) with each value loaded
     * and stored once; every intermediate value is cut to 16 bits as storing it would.
     */
    private static void quad14(char[] in, int p00, int p01, int p10, int p11) {
        // OpenEXR's (h & 1) + (h >> 1), half of h rounded up, is h - (h >> 1) in two's complement: one operation less.
        int h = (short) in[p10];
        int a = (short) ((short) in[p00] + h - (h >> 1));
        int b = (short) (a - h);
        h = (short) in[p11];
        int c = (short) ((short) in[p01] + h - (h >> 1));
        int d = (short) (c - h);
        int top = a + c - (c >> 1);
        int bottom = b + d - (d >> 1);
        in[p00] = (char) top;
        in[p01] = (char) (top - c);
        in[p10] = (char) bottom;
        in[p11] = (char) (bottom - d);
    }

    private static void quad16(char[] in, int p00, int p01, int p10, int p11) {
        int h = in[p10];
        int b = (in[p00] - (h >> 1)) & MOD_MASK;
        int a = (h + b - A_OFFSET) & MOD_MASK;
        h = in[p11];
        int d = (in[p01] - (h >> 1)) & MOD_MASK;
        int c = (h + d - A_OFFSET) & MOD_MASK;
        int top = (a - (c >> 1)) & MOD_MASK;
        int bottom = (b - (d >> 1)) & MOD_MASK;
        in[p00] = (char) ((c + top - A_OFFSET) & MOD_MASK);
        in[p01] = (char) top;
        in[p10] = (char) ((d + bottom - A_OFFSET) & MOD_MASK);
        in[p11] = (char) bottom;
    }

    /** Replaces the low/high pair at {@code l} and {@code h} with the two values it encodes. */
    private static void pair(char[] in, int l, int h, boolean w14) {
        int a;
        int b;
        if (w14) {
            int ls = (short) in[l];
            int hs = (short) in[h];
            a = ls + hs - (hs >> 1);
            b = a - hs;
        } else {
            int m = in[l];
            int d = in[h];
            b = (m - (d >> 1)) & MOD_MASK;
            a = (d + b - A_OFFSET) & MOD_MASK;
        }
        in[l] = (char) a;
        in[h] = (char) b;
    }
}
