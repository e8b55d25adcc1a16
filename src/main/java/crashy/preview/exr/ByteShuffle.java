package crashy.preview.exr;

/**
 * Undoes the byte predictor and byte split that ZIP, RLE and DWA apply before entropy coding: each byte was stored
 * as the difference to its predecessor (plus 128), and the even bytes of the data were stored before the odd ones.
 */
final class ByteShuffle {
    private ByteShuffle() {}

    static void unpredictAndInterleave(byte[] scratch, byte[] out, int length) {
        for (int i = 1; i < length; i++) {
            scratch[i] = (byte) (scratch[i - 1] + scratch[i] - 128);
        }
        int half = (length + 1) / 2;
        int i = 0;
        for (int j = 0; i + 1 < length; j++, i += 2) {
            out[i] = scratch[j];
            out[i + 1] = scratch[half + j];
        }
        if (i < length) {
            out[i] = scratch[i / 2];
        }
    }
}
