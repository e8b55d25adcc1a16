package crashy.preview.exr;

/** Most-significant-bit-first reading of small bit fields from a byte range, for Huffman code lengths. */
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
}
