package crashy.preview.exr;

import java.util.Arrays;

/**
 * The canonical code of one {@link Huffman} stream, made from its {@link HuffmanLengths}, and the tables that
 * decode it: a lookup table of up to 16 bits for short codes, and per code length the range of codes, for longer ones.
 */
final class HuffmanCode {
    static final int ENCODING_SIZE = (1 << 16) + 1;
    static final int MAX_LENGTH = 58;

    /**
     * The most bits the lookup table takes at once. In noisy 4K PIZ chunks a third of the codes are 15 to 20 bits
     * long; 16 bits leaves a tenth to the slower path, and a larger table costs more to fill than it saves.
     */
    private static final int MAX_TABLE_BITS = 16;

    /** The smallest table worth building when a chunk has few values. */
    private static final int MIN_TABLE_BITS = 10;

    /**
     * Per table slot (the next {@link #tableBits} bits): the length of the short code they start, or 0 (a longer code,
     * or none). Kept apart from the symbols so that the chain from one code's length to the next code's position
     * stays in the fastest cache.
     */
    final byte[] shortLengths = new byte[1 << MAX_TABLE_BITS];

    /** Per table slot: the symbol of its short code, or minus the shortest length of the longer codes it starts. */
    final int[] shortSymbols = new int[1 << MAX_TABLE_BITS];

    /** Bits of the current lookup table: the longest code, at most {@link #MAX_TABLE_BITS} and the values' bits. */
    int tableBits;

    /** Whether the current code fills the code space, so that every table slot belongs to a code. */
    private boolean complete;

    private final HuffmanLengths lengths = new HuffmanLengths();

    /** Per code length: how many codes, the first (smallest) code, and where its symbols start in byLength. */
    private final int[] lengthCount = new int[MAX_LENGTH + 1];

    private final long[] firstCode = new long[MAX_LENGTH + 1];
    private final int[] firstIndex = new int[MAX_LENGTH + 1];
    private final int[] nextIndex = new int[MAX_LENGTH + 1];
    private final int[] byLength = new int[ENCODING_SIZE];

    /**
     * Reads the code lengths of symbols {@code [min, max]} from {@code in[start, end)} and builds the tables for a
     * stream of {@code values} values; returns where the bit stream starts.
     */
    int read(byte[] in, int start, int end, int min, int max, int values) throws ExrFormatException {
        int data = lengths.read(in, start, end, min, max);
        assignCanonicalCodes(values);
        buildDecodingTable();
        return data;
    }

    /**
     * The canonical code: codes of each length form one range, shorter codes numerically larger, and codes of equal
     * length increase with the symbol; {@code byLength} lists the symbols in code order.
     */
    private void assignCanonicalCodes(int values) throws ExrFormatException {
        Arrays.fill(lengthCount, 0);
        int[] symbols = lengths.symbols;
        int[] symbolLengths = lengths.lengths;
        for (int i = 0; i < lengths.coded; i++) {
            lengthCount[symbolLengths[symbols[i]]]++;
        }
        long code = 0;
        for (int length = MAX_LENGTH; length > 0; length--) {
            firstCode[length] = code;
            code = (code + lengthCount[length]) >> 1;
        }
        checkPrefixFree(values);
        int at = 0;
        for (int length = 1; length <= MAX_LENGTH; length++) {
            firstIndex[length] = at;
            nextIndex[length] = at;
            at += lengthCount[length];
        }
        for (int i = 0; i < lengths.coded; i++) {
            int symbol = symbols[i];
            byLength[nextIndex[symbolLengths[symbol]]++] = symbol;
        }
    }

    /**
     * Codes of each length follow the longer ones without sharing a prefix with them; a damaged table whose lengths
     * do not add up could otherwise give one bit pattern two meanings. A small tile's table is kept about as small as
     * its values, which every slot of the table would otherwise outnumber.
     */
    private void checkPrefixFree(int values) throws ExrFormatException {
        long end = 0;
        tableBits = 1;
        boolean longest = true;
        int valueBits = Math.max(MIN_TABLE_BITS, 32 - Integer.numberOfLeadingZeros(values));
        for (int length = MAX_LENGTH; length > 0; length--) {
            if (lengthCount[length] > 0) {
                if (longest) {
                    tableBits = Math.min(length, Math.min(MAX_TABLE_BITS, valueBits));
                    longest = false;
                }
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
     * The lookup tables of codes up to {@link #tableBits} long, and where longer codes start. The code is prefix-free
     * ({@link #checkPrefixFree}), so no two codes claim a slot; when it is also complete every slot is written and the
     * previous chunk's table need not be cleared.
     */
    private void buildDecodingTable() {
        int bits = tableBits;
        if (!complete) {
            Arrays.fill(shortLengths, 0, 1 << bits, (byte) 0);
            Arrays.fill(shortSymbols, 0, 1 << bits, 0);
        }
        for (int length = MAX_LENGTH; length > bits; length--) {
            if (lengthCount[length] > 0) {
                int first = (int) (firstCode[length] >>> (length - bits));
                int last = (int) ((firstCode[length] + lengthCount[length] - 1) >>> (length - bits));
                Arrays.fill(shortLengths, first, last + 1, (byte) 0);
                Arrays.fill(shortSymbols, first, last + 1, -length);
            }
        }
        for (int length = bits; length > 0; length--) {
            for (int i = 0; i < lengthCount[length]; i++) {
                int first = (int) ((firstCode[length] + i) << (bits - length));
                int symbol = byLength[firstIndex[length] + i];
                Arrays.fill(shortLengths, first, first + (1 << (bits - length)), (byte) length);
                Arrays.fill(shortSymbols, first, first + (1 << (bits - length)), symbol);
            }
        }
    }

    /**
     * A code longer than the lookup table, as its symbol above 6 bits of length: the canonical code has one contiguous
     * range of codes per length, so the first length (from the shortest of this table slot) whose range holds the next
     * bits gives the symbol.
     */
    long longCode(long window, int shortest) throws ExrFormatException {
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
