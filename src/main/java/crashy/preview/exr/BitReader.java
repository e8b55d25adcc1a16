package crashy.preview.exr;

/**
 * Most-significant-bit-first reading of small bit fields from a byte range, for Huffman code lengths, and of 64-bit
 * windows at any bit position, for the last codes of a Huffman stream.
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

    /** The first byte not yet taken into the buffer. */
    int position() {
        return position;
    }

    /** Reads {@code count} (at most 24) bits. */
    int take(int count) throws ExrFormatException {
        while (available < count) {
            if (position >= end) {
                throw Huffman.corrupt("data ends early");
            }
            buffer = (buffer << 8) | (in[position++] & 0xff);
            available += 8;
        }
        available -= count;
        return (int) ((buffer >>> available) & ((1L << count) - 1));
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
