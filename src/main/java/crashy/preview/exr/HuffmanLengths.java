package crashy.preview.exr;

/**
 * The code lengths at the start of a {@link Huffman} stream: six bits per symbol from the smallest to the largest
 * coded one, where the values 59 to 63 stand for runs of symbols without a code.
 */
final class HuffmanLengths {
    private static final int SHORT_ZEROCODE_RUN = 59;
    private static final int LONG_ZEROCODE_RUN = 63;
    private static final int SHORTEST_LONG_RUN = 2 + LONG_ZEROCODE_RUN - SHORT_ZEROCODE_RUN;

    /** Per symbol listed in {@code symbols}: its code length. */
    final int[] lengths = new int[HuffmanCode.ENCODING_SIZE];

    /** The symbols that have a code, in increasing order; the first {@code coded} entries are valid. */
    final int[] symbols = new int[HuffmanCode.ENCODING_SIZE];

    int coded;

    private final BitReader bits = new BitReader();

    /** Reads the code length of every symbol in {@code [min, max]}; returns the first byte after them. */
    int read(byte[] in, int start, int end, int min, int max) throws ExrFormatException {
        bits.reset(in, start, end);
        coded = 0;
        for (int symbol = min; symbol <= max; symbol++) {
            int length = bits.take(6);
            int run = 0;
            if (length == LONG_ZEROCODE_RUN) {
                run = bits.take(8) + SHORTEST_LONG_RUN;
            } else if (length >= SHORT_ZEROCODE_RUN) {
                run = length - SHORT_ZEROCODE_RUN + 2;
            } else if (length > 0) {
                lengths[symbol] = length;
                symbols[coded++] = symbol;
            }
            if (run > 0) {
                if (symbol + run > max + 1) {
                    throw Huffman.corrupt("code length table overruns its symbol range");
                }
                symbol += run - 1;
            }
        }
        return bits.position();
    }
}
