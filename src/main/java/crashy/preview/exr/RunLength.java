package crashy.preview.exr;

import java.util.Arrays;

/** EXR's byte run-length code: a negative count byte precedes literal bytes, a positive one a repeated byte. */
final class RunLength {
    private RunLength() {}

    /** Decodes {@code in[offset, offset + length)} into {@code out[0, capacity)}; returns the bytes produced. */
    static int decode(byte[] in, int offset, int length, byte[] out, int capacity) throws ExrFormatException {
        int at = offset;
        int end = offset + length;
        int produced = 0;
        while (at < end) {
            int count = in[at++];
            if (count < 0) {
                count = -count;
                if (at + count > end || produced + count > capacity) {
                    throw new ExrFormatException("run-length data overruns its chunk");
                }
                System.arraycopy(in, at, out, produced, count);
                at += count;
            } else {
                count++;
                if (at >= end || produced + count > capacity) {
                    throw new ExrFormatException("run-length data overruns its chunk");
                }
                Arrays.fill(out, produced, produced + count, in[at++]);
            }
            produced += count;
        }
        return produced;
    }
}
