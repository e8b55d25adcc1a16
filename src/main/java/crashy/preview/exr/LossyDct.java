package crashy.preview.exr;

import java.util.Arrays;

/**
 * Decodes DWA's lossy channels: per 8×8 block a DC value (from the DC stream) and run-length coded AC values in
 * zig-zag order (from the AC stream), an inverse DCT, for R, G, B triples a Y'CbCr to R'G'B' conversion, rounding to
 * half, and the {@link DwaToLinear} table. Writes half (or, for float channels, float) samples into the words of
 * the chunk's scanline layout.
 */
final class LossyDct {
    private static final int[] ZIG_ZAG = {
        0, 1, 5, 6, 14, 15, 27, 28, 2, 4, 7, 13, 16, 26, 29, 42, 3, 8, 12, 17, 25, 30, 41, 43, 9, 11, 18, 24, 31, 40,
        44, 53, 10, 19, 23, 32, 39, 45, 52, 54, 20, 22, 33, 38, 46, 51, 55, 60, 21, 34, 37, 47, 50, 56, 59, 61, 35, 36,
        48, 49, 57, 58, 62, 63
    };

    /** The zig-zag index at which each row of the 8×8 block (after the first) starts. */
    private static final int[] ROW_STARTS = {2, 3, 9, 10, 20, 21, 35};

    private final char[] zig = new char[64];
    private final float[][] blocks = new float[3][64];
    private char[][] rowBlocks = new char[3][0];

    /** The AC and DC streams, consumed from their cursors channel after channel. */
    static final class Streams {
        char[] ac = new char[0];
        int acAt;
        int acEnd;
        char[] dc = new char[0];
        int dcAt;
        int dcEnd;
    }

    /**
     * @param rows per component, the index in {@code out} of each of its lines in this chunk
     * @param types per component, HALF or FLOAT
     * @param toLinear whether to apply {@link DwaToLinear}
     */
    void decode(Streams s, int[][] rows, ExrPixelType[] types, int width, int height, boolean toLinear, char[] out)
            throws ExrFormatException {
        int components = rows.length;
        int blocksX = (width + 7) / 8;
        int blocksY = (height + 7) / 8;
        int blockCount = blocksX * blocksY;
        if ((long) components * blockCount > s.dcEnd - s.dcAt) {
            throw new ExrFormatException("DWA chunk has fewer DC values than blocks");
        }
        for (int c = 0; c < components; c++) {
            rowBlocks[c] = Buffers.atLeast(rowBlocks[c], blocksX * 64);
        }
        char[] lut = toLinear ? DwaToLinear.table() : null;
        for (int by = 0; by < blocksY; by++) {
            for (int bx = 0; bx < blocksX; bx++) {
                boolean constant = true;
                for (int c = 0; c < components; c++) {
                    constant &= block(s, s.dcAt + c * blockCount + by * blocksX + bx, blocks[c]);
                }
                if (components == 3) {
                    colourConvert(constant ? 1 : 64);
                }
                for (int c = 0; c < components; c++) {
                    toHalf(blocks[c], rowBlocks[c], bx * 64, constant);
                }
            }
            for (int c = 0; c < components; c++) {
                unblock(rowBlocks[c], rows[c], by, Math.min(8, height - 8 * by), width, lut, out);
            }
        }
        s.dcAt += components * blockCount;
        for (int c = 0; c < components; c++) {
            if (types[c] == ExrPixelType.FLOAT) {
                widenToFloat(rows[c], width, out);
            }
        }
    }

    /** Fills {@code data} with one decoded block; returns whether it has no AC values (a flat block). */
    private boolean block(Streams s, int dcIndex, float[] data) throws ExrFormatException {
        Arrays.fill(zig, (char) 0);
        zig[0] = s.dc[dcIndex];
        int lastNonZero = 0;
        int k = 1;
        while (k < 64) {
            if (s.acAt >= s.acEnd) {
                throw new ExrFormatException("DWA chunk runs out of AC values");
            }
            char value = s.ac[s.acAt++];
            if ((value & 0xff00) == 0xff00) {
                int run = value & 0xff;
                k += run == 0 ? 64 : run;
            } else {
                lastNonZero = k;
                zig[k++] = value;
            }
        }
        if (lastNonZero == 0) {
            data[0] = HalfFloat.toFloat(zig[0]);
            InverseDct.dcOnly(data);
            return true;
        }
        for (int i = 0; i < 64; i++) {
            data[i] = HalfFloat.toFloat(zig[ZIG_ZAG[i]]);
        }
        InverseDct.inverse(data, zeroedRows(lastNonZero));
        return false;
    }

    /** Rows that must be zero given the last non-zero zig-zag index (the first index of each row: 2, 3, 9, ...). */
    private static int zeroedRows(int lastNonZero) {
        for (int i = 0; i < ROW_STARTS.length; i++) {
            if (lastNonZero < ROW_STARTS[i]) {
                return 7 - i;
            }
        }
        return 0;
    }

    private void colourConvert(int count) {
        float[] y = blocks[0];
        float[] cb = blocks[1];
        float[] cr = blocks[2];
        for (int i = 0; i < count; i++) {
            float luma = y[i];
            float blueDifference = cb[i];
            float redDifference = cr[i];
            y[i] = luma + 1.5747f * redDifference;
            cb[i] = luma - 0.1873f * blueDifference - 0.4682f * redDifference;
            cr[i] = luma + 1.8556f * blueDifference;
        }
    }

    private static void toHalf(float[] data, char[] rowBlock, int at, boolean constant) {
        if (constant) {
            Arrays.fill(rowBlock, at, at + 64, (char) HalfFloat.fromFloat(data[0]));
        } else {
            for (int i = 0; i < 64; i++) {
                rowBlock[at + i] = (char) HalfFloat.fromFloat(data[i]);
            }
        }
    }

    private static void unblock(char[] rowBlock, int[] rows, int by, int lines, int width, char[] lut, char[] out) {
        for (int line = 0; line < lines; line++) {
            int o = rows[8 * by + line];
            for (int x = 0; x < width; x++) {
                char value = rowBlock[(x >> 3) * 64 + line * 8 + (x & 7)];
                out[o + x] = lut == null ? value : lut[value];
            }
        }
    }

    private static void widenToFloat(int[] rows, int width, char[] out) {
        for (int row : rows) {
            for (int x = width - 1; x >= 0; x--) {
                int bits = Float.floatToRawIntBits(HalfFloat.toFloat(out[row + x]));
                out[row + 2 * x] = (char) bits;
                out[row + 2 * x + 1] = (char) (bits >>> 16);
            }
        }
    }
}
