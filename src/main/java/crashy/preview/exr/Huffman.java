package crashy.preview.exr;

import org.jspecify.annotations.Nullable;

/**
 * The static Huffman code shared by PIZ and DWA: a canonical code ({@link HuffmanCode}, looked up through a {@link
 * HuffmanTable}) packed as run-length-coded code lengths, followed by the bit stream, where one symbol (the largest)
 * announces a run of the previous value. Every read and write is bounds-checked.
 */
final class Huffman {
    private final HuffmanCode code = new HuffmanCode();
    private final HuffmanTable table = new HuffmanTable();
    private final HuffmanCursor cursor = new HuffmanCursor();
    private final @Nullable HuffmanHalves halves;

    /** How many streams were decoded in two halves at once (for tests). */
    int streamsInHalves;

    Huffman() {
        this(true);
    }

    /** With {@code inHalves} false, every stream is decoded in one piece (for tests comparing the two). */
    Huffman(boolean inHalves) {
        this.halves = inHalves ? new HuffmanHalves() : null;
    }

    /** Decodes {@code in[offset, offset + length)} into exactly {@code count} values at {@code out[outOffset]}. */
    void decompress(byte[] in, int offset, int length, char[] out, int outOffset, int count) throws ExrFormatException {
        if (length < 20) {
            if (count != 0) {
                throw corrupt("data is too short");
            }
            return;
        }
        int min = LittleEndian.i32(in, offset);
        int max = LittleEndian.i32(in, offset + 4);
        long bitCount = LittleEndian.i32(in, offset + 12) & 0xffffffffL;
        if (min < 0 || max < 0 || min >= HuffmanCode.ENCODING_SIZE || max >= HuffmanCode.ENCODING_SIZE) {
            throw corrupt("symbol range is invalid");
        }
        if (20 + (bitCount + 7) / 8 > length) {
            throw corrupt("bit stream is longer than its data");
        }
        int end = offset + length;
        int data = code.read(in, offset + 20, end, min, max);
        table.build(code, count);
        if (bitCount > 8L * (end - data)) {
            throw corrupt("bit stream is longer than its data");
        }
        decode(in, data, bitCount, max, out, outOffset, count);
    }

    /**
     * Decodes the bit stream: a long one as {@link HuffmanHalves}, otherwise with windows read straight from the bytes
     * ({@link HuffmanCursor#fast}) until the last few codes, which go through {@link BitReader#window} one at a time.
     */
    private void decode(byte[] in, int start, long bitCount, int runSymbol, char[] out, int outOffset, int count)
            throws ExrFormatException {
        long position = 8L * start;
        cursor.reset(in, position, position + bitCount, out, outOffset, outOffset + count);
        if (halves != null
                && code.complete
                && bitCount >= HuffmanHalves.MIN_BITS
                && halves.decode(cursor, code, table, runSymbol)) {
            streamsInHalves++;
            return;
        }
        cursor.fast(cursor.stop - HuffmanCursor.FAR, code, table, runSymbol);
        cursor.careful(cursor.stop, code, table, runSymbol);
        if (cursor.at != cursor.end) {
            throw corrupt("bit stream ends early");
        }
    }

    static ExrFormatException corrupt(String problem) {
        return new ExrFormatException("corrupt Huffman data: " + problem);
    }
}
