package crashy.preview.exr;

/**
 * The canonical code of one {@link Huffman} stream, made from its {@link HuffmanLengths}: per code length the range of
 * codes and their symbols, which decode codes longer than the {@link HuffmanTable}.
 */
final class HuffmanCode {
    static final int ENCODING_SIZE = (1 << 16) + 1;
    static final int MAX_LENGTH = 58;

    private final HuffmanLengths lengths = new HuffmanLengths();

    /**
     * Per code length: how many codes ({@link HuffmanLengths} counts them as it reads), the first (smallest) code, and
     * where its symbols start in byLength.
     */
    final int[] lengthCount = lengths.lengthCount;

    final long[] firstCode = new long[MAX_LENGTH + 1];
    final int[] firstIndex = new int[MAX_LENGTH + 1];
    private final int[] nextIndex = new int[MAX_LENGTH + 1];

    /** The symbols in code order. */
    final int[] byLength = new int[ENCODING_SIZE];

    /** The longest code's length. */
    int longest;

    /** Whether the code fills the code space, so that every bit pattern starts a code. */
    boolean complete;

    /** Reads the code lengths of symbols {@code [min, max]} from {@code in[start, end)}; returns the next byte. */
    int read(byte[] in, int start, int end, int min, int max) throws ExrFormatException {
        int data = lengths.read(in, start, end, min, max);
        assignCanonicalCodes();
        return data;
    }

    /**
     * The canonical code: codes of each length form one range, shorter codes numerically larger, and codes of equal
     * length increase with the symbol.
     */
    private void assignCanonicalCodes() throws ExrFormatException {
        long code = 0;
        for (int length = MAX_LENGTH; length > 0; length--) {
            firstCode[length] = code;
            code = (code + lengthCount[length]) >> 1;
        }
        checkPrefixFree();
        int at = 0;
        for (int length = 1; length <= MAX_LENGTH; length++) {
            firstIndex[length] = at;
            nextIndex[length] = at;
            at += lengthCount[length];
        }
        int[] symbols = lengths.symbols;
        byte[] codedLengths = lengths.codedLengths;
        for (int i = 0; i < lengths.coded; i++) {
            byLength[nextIndex[codedLengths[i]]++] = symbols[i];
        }
    }

    /**
     * Codes of each length follow the longer ones without sharing a prefix with them; a damaged table whose lengths
     * do not add up could otherwise give one bit pattern two meanings.
     */
    private void checkPrefixFree() throws ExrFormatException {
        long end = 0;
        longest = 1;
        for (int length = MAX_LENGTH; length > 0; length--) {
            if (lengthCount[length] > 0) {
                longest = Math.max(longest, length);
                int shift = MAX_LENGTH - length;
                if (firstCode[length] + lengthCount[length] > (1L << length) || firstCode[length] << shift < end) {
                    throw Huffman.corrupt("code table is inconsistent");
                }
                end = (firstCode[length] + lengthCount[length]) << shift;
            }
        }
        complete = end == 1L << MAX_LENGTH;
    }

    /**
     * A code longer than the lookup table's {@code tableBits}, as its symbol above 6 bits of length: the canonical code
     * has one contiguous range of codes per length, so the first length (from the shortest of this table slot) whose
     * range holds the next bits gives the symbol.
     */
    long longCode(long window, int shortest, int tableBits) throws ExrFormatException {
        if (shortest > tableBits) {
            for (int length = shortest; length <= MAX_LENGTH; length++) {
                long offset = (window >>> (64 - length)) - firstCode[length];
                if (offset >= 0 && offset < lengthCount[length]) {
                    return (long) byLength[firstIndex[length] + (int) offset] << 6 | length;
                }
            }
        }
        throw Huffman.corrupt("bit stream holds an invalid code");
    }
}
