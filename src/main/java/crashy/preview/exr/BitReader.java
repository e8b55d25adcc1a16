package crashy.preview.exr;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Most-significant-bit-first 64-bit windows of a byte array at any bit position, for Huffman streams and their code
 * lengths.
 */
final class BitReader {
    private static final VarHandle BIG_ENDIAN =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private BitReader() {}

    /** The 64 bits from {@code position} on, the last up to 7 of them shifted in as 0; 8 bytes must follow. */
    static long window(byte[] in, long position) {
        return (long) BIG_ENDIAN.get(in, (int) (position >>> 3)) << (position & 7);
    }

    /** The bits from {@code position} on, at the top of a long; bits at or past {@code stop} read as 0. */
    static long window(byte[] in, long position, long stop) {
        long window = 0;
        int last = (int) ((stop - 1) >>> 3);
        for (int i = 0, at = (int) (position >>> 3); i < 8; i++, at++) {
            window = window << 8 | (at <= last ? in[at] & 0xff : 0);
        }
        window <<= position & 7;
        long valid = stop - position;
        return valid >= 64 ? window : window & -(1L << (64 - valid));
    }
}
