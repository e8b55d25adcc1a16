package crashy.preview.exr;

import java.util.Arrays;

/**
 * The code lengths at the start of a {@link Huffman} stream: six bits per symbol from the smallest to the largest
 * coded one, where the values 59 to 63 stand for runs of symbols without a code.
 */
final class HuffmanLengths {
    private static final int SHORT_ZEROCODE_RUN = 59;
    private static final int LONG_ZEROCODE_RUN = 63;
    private static final int SHORTEST_LONG_RUN = 2 + LONG_ZEROCODE_RUN - SHORT_ZEROCODE_RUN;

    /**
     * A window is read again once fewer bits than a length and a long run's count are left of its 57 sure bits (64
     * less up to 7 shifted out at a position inside a byte).
     */
    private static final int REFILL_AFTER = HuffmanCursor.SURE_BITS - 6 - 8;

    /** The symbols that have a code, in increasing order; the first {@code coded} entries are valid. */
    final int[] symbols = new int[HuffmanCode.ENCODING_SIZE];

    /** Per entry of {@code symbols}: its code length, so that the canonical code reads both in order. */
    final byte[] codedLengths = new byte[HuffmanCode.ENCODING_SIZE];

    /** Per code length: how many symbols have it. */
    final int[] lengthCount = new int[HuffmanCode.MAX_LENGTH + 1];

    int coded;

    /**
     * Reads the code length of every symbol in {@code [min, max]}; returns the first byte after them. The bits come
     * from 64-bit windows, a few lengths each (a byte-at-a-time reader took 3 % of a 4K PIZ preview). Bits past {@code
     * end} read as 0, a length of none, so running past the end is found where a window is read and at the end.
     */
    int read(byte[] in, int start, int end, int min, int max) throws ExrFormatException {
        Arrays.fill(lengthCount, 0);
        int[] symbols = this.symbols;
        byte[] codedLengths = this.codedLengths;
        int[] lengthCount = this.lengthCount;
        long stop = 8L * end;
        long position = 8L * start;
        long window = window(in, position, end);
        int used = 0;
        int coded = 0;
        for (int symbol = min; symbol <= max; symbol++) {
            if (used > REFILL_AFTER) {
                position += used;
                used = 0;
                if (position > stop) {
                    throw Huffman.corrupt("data ends early");
                }
                window = window(in, position, end);
            }
            int length = (int) ((window << used) >>> 58);
            used += 6;
            if (length > 0 && length < SHORT_ZEROCODE_RUN) {
                symbols[coded] = symbol;
                codedLengths[coded++] = (byte) length;
                lengthCount[length]++;
            } else if (length > 0) {
                int run;
                if (length == LONG_ZEROCODE_RUN) {
                    run = (int) ((window << used) >>> 56) + SHORTEST_LONG_RUN;
                    used += 8;
                } else {
                    run = length - SHORT_ZEROCODE_RUN + 2;
                }
                if (position + used > stop) {
                    throw Huffman.corrupt("data ends early");
                }
                if (symbol + run > max + 1) {
                    throw Huffman.corrupt("code length table overruns its symbol range");
                }
                symbol += run - 1;
            }
        }
        position += used;
        if (position > stop) {
            throw Huffman.corrupt("data ends early");
        }
        this.coded = coded;
        return (int) ((position + 7) >>> 3);
    }

    /** The 64 bits from bit {@code position} on; bits at or past byte {@code end} read as 0. */
    private static long window(byte[] in, long position, int end) {
        int at = (int) (position >>> 3);
        return at + 8 <= end ? BitReader.window(in, position) : BitReader.window(in, position, 8L * end);
    }
}
