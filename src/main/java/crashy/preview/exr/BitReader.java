package crashy.preview.exr;

/**
 * A most-significant-bit-first bit buffer over a byte range, with the semantics of OpenEXR's Huffman decoder: up to
 * 64 buffered bits, of which the lowest {@link #available()} are unread.
 */
final class BitReader {
    private byte[] in = new byte[0];
    private int position;
    private int end;
    private long buffer;
    private int available;

    void reset(byte[] in, int start, int end) {
        this.in = in;
        this.position = start;
        this.end = end;
        this.buffer = 0;
        this.available = 0;
    }

    int position() {
        return position;
    }

    boolean hasBytes() {
        return position < end;
    }

    int available() {
        return available;
    }

    void pullByte() {
        buffer = (buffer << 8) | (in[position++] & 0xff);
        available += 8;
    }

    /** Reads {@code count} (at most 24) bits, pulling bytes as needed. */
    int take(int count) throws ExrFormatException {
        while (available < count) {
            if (position >= end) {
                throw Huffman.corrupt("data ends early");
            }
            pullByte();
        }
        available -= count;
        return (int) ((buffer >>> available) & ((1L << count) - 1));
    }

    int peek(int count) {
        return (int) (buffer >>> (available - count));
    }

    long peekLong(int count) {
        return (buffer >>> (available - count)) & ((1L << count) - 1);
    }

    /** The unread bits followed by zeros, {@code count} bits in all; for the tail of a stream. */
    int peekPadded(int count) {
        return (int) (buffer << (count - available));
    }

    void drop(int count) {
        available -= count;
    }

    /** Discards the {@code count} lowest buffered bits: the padding after the last code of a stream. */
    void skipPadding(int count) {
        buffer >>>= count;
        available -= count;
    }
}
