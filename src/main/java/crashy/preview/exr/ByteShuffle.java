package crashy.preview.exr;

/**
 * Undoes the byte predictor and byte split that ZIP, RLE and DWA apply before entropy coding: each byte was stored
 * as the difference to its predecessor (plus 128), and the even bytes of the data were stored before the odd ones.
 */
final class ByteShuffle {
    private ByteShuffle() {}

    /**
     * Writes the restored bytes of {@code scratch[0, length)}, an even count, to {@code out} as little-endian words,
     * each pair of bytes once. The running sums of both halves are computed in one pass (the second half's starting
     * value comes from a cheap sum over the first half), which lets the two dependency chains overlap.
     */
    static void unpredictAndInterleave(byte[] scratch, char[] out, int length) {
        if (length == 0) {
            return;
        }
        int half = length / 2;
        int sum = 0;
        for (int i = 1; i < half; i++) {
            sum += scratch[i];
        }
        int even = 128;
        int odd = scratch[0] + sum - 128 * (half - 1);
        for (int j = 0; j < half; j++) {
            even += scratch[j] - 128;
            odd += scratch[half + j] - 128;
            out[j] = (char) ((even & 0xff) | (odd & 0xff) << 8);
        }
    }
}
