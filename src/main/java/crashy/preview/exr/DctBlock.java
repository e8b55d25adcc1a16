package crashy.preview.exr;

import java.util.Arrays;

/**
 * One 8×8 block of a DWA lossy channel: its DC value from the DC stream, its AC values, run-length coded in zig-zag
 * order, from the AC stream, and the {@link InverseDct}.
 */
final class DctBlock {
    private static final int[] ZIG_ZAG = {
        0, 1, 5, 6, 14, 15, 27, 28, 2, 4, 7, 13, 16, 26, 29, 42, 3, 8, 12, 17, 25, 30, 41, 43, 9, 11, 18, 24, 31, 40,
        44, 53, 10, 19, 23, 32, 39, 45, 52, 54, 20, 22, 33, 38, 46, 51, 55, 60, 21, 34, 37, 47, 50, 56, 59, 61, 35, 36,
        48, 49, 57, 58, 62, 63
    };

    /** Where in the row-major block each zig-zag index lies. */
    private static final int[] UNZIG = unzig();

    /** The zig-zag index at which each row of the 8×8 block (after the first) starts. */
    private static final int[] ROW_STARTS = {2, 3, 9, 10, 20, 21, 35};

    private DctBlock() {}

    /** Fills {@code data} with one decoded block; returns whether it has no AC values (a flat block). */
    static boolean read(LossyDct.Streams s, int dcIndex, float[] data) throws ExrFormatException {
        Arrays.fill(data, 0f);
        data[0] = HalfFloat.toFloat(s.dc[dcIndex]);
        char[] ac = s.ac;
        int at = s.acAt;
        // A block takes at most 63 AC values; with that many left the loop needs no check per value. The stream
        // position lives in a local while the block is read (C2 would otherwise store the field per value).
        int end = Math.min(s.acEnd, ac.length);
        boolean roomy = end - at >= 63;
        int lastNonZero = 0;
        int k = 1;
        while (k < 64) {
            if (!roomy && at >= end) {
                s.acAt = at;
                throw new ExrFormatException("DWA chunk runs out of AC values");
            }
            char value = ac[at++];
            if ((value & 0xff00) == 0xff00) {
                int run = value & 0xff;
                k += run == 0 ? 64 : run;
            } else {
                lastNonZero = k;
                data[UNZIG[k++]] = HalfFloat.toFloat(value);
            }
        }
        s.acAt = at;
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
}
