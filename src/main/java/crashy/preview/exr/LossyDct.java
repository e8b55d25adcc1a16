package crashy.preview.exr;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Decodes DWA's lossy channels: per 8×8 block its coefficients and inverse DCT ({@link DctBlock}), for R, G, B
 * triples a Y'CbCr to R'G'B' conversion, rounding to half, and the {@link DwaToLinear} table. Writes half (or, for
 * float channels, float) samples into the words of the chunk's scanline layout.
 */
final class LossyDct {
    private final float[][] blocks = new float[3][64];
    private final int[] halves = new int[64];

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
                    constant &= DctBlock.read(s, s.dcAt + c * blockCount + by * blocksX + bx, blocks[c]);
                }
                if (components == 3) {
                    colourConvert(constant ? 1 : 64);
                }
                int columns = Math.min(8, width - 8 * bx);
                for (int c = 0; c < components; c++) {
                    if (lines == 8 && columns == 8 && !constant && toLinear) {
                        storeLinear(blocks[c], halves, rows[c], 8 * by, 8 * bx, out);
                    } else {
                        store(blocks[c], rows[c], 8 * by, lines, 8 * bx, columns, constant, lut, out);
                    }
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

    /**
     * {@link #store} for the common case, a whole non-flat block through the {@link DwaToLinear} table. The samples are
     * rounded in one loop without branches, by {@link HalfFloat#normal}, {@link HalfFloat#fromFloat}'s own rule for
     * results that are normal halves, while one OR collects whether any sample lies outside that range (subnormal,
     * overflow, NaN: 48 of 385,000 blocks of the 4K corpus frame); such a block is rounded again the general way.
     * Then the table, whose known length and the 16-bit mask spare its range checks. On 4K DWAA the decoder took 2–4 %
     * less CPU than with the per-sample {@link #store}.
     */
    private static void storeLinear(float[] data, int[] halves, int[] rows, int y, int x, char[] out) {
        int outside = 0;
        for (int i = 0; i < 64; i++) {
            int bits = Float.floatToRawIntBits(data[i]);
            int magnitude = bits & 0x7fffffff;
            halves[i] = HalfFloat.normal(bits);
            outside |= (magnitude - 0x38800000) | (0x477fefff - magnitude);
        }
        if (outside < 0) {
            for (int i = 0; i < 64; i++) {
                halves[i] = HalfFloat.fromFloat(data[i]);
            }
        }
        char[] lut = DwaToLinear.TABLE;
        for (int line = 0; line < 8; line++) {
            int o = rows[y + line] + x;
            int d = 8 * line;
            for (int column = 0; column < 8; column++) {
                out[o + column] = lut[halves[d + column] & 0xffff];
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
