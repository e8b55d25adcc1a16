package crashy.preview.exr;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

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

    /** Where in the row-major block each zig-zag index lies. */
    private static final int[] UNZIG = unzig();

    /** The zig-zag index at which each row of the 8×8 block (after the first) starts. */
    private static final int[] ROW_STARTS = {2, 3, 9, 10, 20, 21, 35};

    private final float[][] blocks = new float[3][64];

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
        char @Nullable [] lut = toLinear ? DwaToLinear.table() : null;
        for (int by = 0; by < blocksY; by++) {
            int lines = Math.min(8, height - 8 * by);
            for (int bx = 0; bx < blocksX; bx++) {
                boolean constant = true;
                for (int c = 0; c < components; c++) {
                    constant &= block(s, s.dcAt + c * blockCount + by * blocksX + bx, blocks[c]);
                }
                if (components == 3) {
                    colourConvert(constant ? 1 : 64);
                }
                int columns = Math.min(8, width - 8 * bx);
                for (int c = 0; c < components; c++) {
                    store(blocks[c], rows[c], 8 * by, lines, 8 * bx, columns, constant, lut, out);
                }
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
        Arrays.fill(data, 0f);
        data[0] = HalfFloat.toFloat(s.dc[dcIndex]);
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
                data[UNZIG[k++]] = HalfFloat.toFloat(value);
            }
        }
        if (lastNonZero == 0) {
            InverseDct.dcOnly(data);
            return true;
        }
        InverseDct.inverse(data, zeroedRows(lastNonZero));
        return false;
    }

    private static int[] unzig() {
        int[] unzig = new int[64];
        for (int i = 0; i < 64; i++) {
            unzig[ZIG_ZAG[i]] = i;
        }
        return unzig;
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

    /**
     * Rounds the block's {@code lines × columns} visible samples to half, through {@code lut} if given, straight into
     * their lines of {@code out} (whose indices {@code rows} holds), from line {@code y} and column {@code x}.
     */
    private static void store(
            float[] data,
            int[] rows,
            int y,
            int lines,
            int x,
            int columns,
            boolean constant,
            char @Nullable [] lut,
            char[] out) {
        if (constant) {
            int half = HalfFloat.fromFloat(data[0]);
            char value = lut == null ? (char) half : lut[half];
            for (int line = 0; line < lines; line++) {
                int o = rows[y + line] + x;
                Arrays.fill(out, o, o + columns, value);
            }
            return;
        }
        for (int line = 0; line < lines; line++) {
            int o = rows[y + line] + x;
            for (int column = 0; column < columns; column++) {
                int half = HalfFloat.fromFloat(data[8 * line + column]);
                out[o + column] = lut == null ? (char) half : lut[half];
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
