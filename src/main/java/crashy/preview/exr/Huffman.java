package crashy.preview.exr;

import java.util.Arrays;

/**
 * The static Huffman code shared by PIZ and DWA: a canonical code table packed as run-length-coded code lengths,
 * followed by the bit stream, where one symbol (the largest) announces a run of the previous value. Decoding uses a
 * 14-bit lookup table for short codes and the canonical code's ranges for longer ones. Every read and write is
 * bounds-checked.
 */
final class Huffman {
    private static final int ENCODING_SIZE = (1 << 16) + 1;
    private static final int DECODE_BITS = 14;
    private static final int DECODE_SIZE = 1 << DECODE_BITS;
    private static final int DECODE_MASK = DECODE_SIZE - 1;
    private static final int MAX_LENGTH = 58;
    private static final int SHORT_ZEROCODE_RUN = 59;
    private static final int LONG_ZEROCODE_RUN = 63;
    private static final int SHORTEST_LONG_RUN = 2 + LONG_ZEROCODE_RUN - SHORT_ZEROCODE_RUN;

    /** Per symbol: code length in the low 6 bits, the code above them. */
    private final long[] codes = new long[ENCODING_SIZE];

    /** Per 14-bit prefix: symbol above 6 bits of code length, or 0 when the prefix starts a longer code. */
    private final int[] shortCodes = new int[DECODE_SIZE];

    /** The symbols that have a code, in increasing order; the first {@code coded} entries are valid. */
    private final int[] symbols = new int[ENCODING_SIZE];

    private int coded;

    /** Per code length: how many codes, the first (smallest) code, and where its symbols start in byLength. */
    private final int[] lengthCount = new int[MAX_LENGTH + 1];

    private final long[] firstCode = new long[MAX_LENGTH + 1];
    private final int[] firstIndex = new int[MAX_LENGTH + 1];
    private final long[] nextCode = new long[MAX_LENGTH + 1];
    private final int[] nextIndex = new int[MAX_LENGTH + 1];
    private final int[] byLength = new int[ENCODING_SIZE];
    private final BitReader bits = new BitReader();

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
        if (min < 0 || max < 0 || min >= ENCODING_SIZE || max >= ENCODING_SIZE) {
            throw corrupt("symbol range is invalid");
        }
        if (20 + (bitCount + 7) / 8 > length) {
            throw corrupt("bit stream is longer than its data");
        }
        int end = offset + length;
        int data = unpackCodeLengths(in, offset + 20, end, min, max);
        if (bitCount > 8L * (end - data)) {
            throw corrupt("bit stream is longer than its data");
        }
        assignCanonicalCodes();
        buildDecodingTable();
        decode(in, data, bitCount, max, out, outOffset, count);
    }

    /** Reads the code length of every symbol and lists the symbols that have a code, in increasing order. */
    private int unpackCodeLengths(byte[] in, int start, int end, int min, int max) throws ExrFormatException {
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
                codes[symbol] = length;
                symbols[coded++] = symbol;
            }
            if (run > 0) {
                if (symbol + run > max + 1) {
                    throw corrupt("code length table overruns its symbol range");
                }
                symbol += run - 1;
            }
        }
        return bits.position();
    }

    /**
     * Shorter codes are numerically larger; codes of equal length increase with the symbol. Also lists the symbols by
     * length, for decoding codes longer than the lookup table.
     */
    private void assignCanonicalCodes() throws ExrFormatException {
        Arrays.fill(lengthCount, 0);
        for (int i = 0; i < coded; i++) {
            lengthCount[(int) codes[symbols[i]]]++;
        }
        long code = 0;
        for (int length = MAX_LENGTH; length > 0; length--) {
            firstCode[length] = code;
            code = (code + lengthCount[length]) >> 1;
        }
        checkPrefixFree();
        int at = 0;
        for (int length = 1; length <= MAX_LENGTH; length++) {
            firstIndex[length] = at;
            nextCode[length] = firstCode[length];
            nextIndex[length] = at;
            at += lengthCount[length];
        }
        for (int i = 0; i < coded; i++) {
            int symbol = symbols[i];
            int length = (int) codes[symbol];
            codes[symbol] = length | (nextCode[length]++ << 6);
            byLength[nextIndex[length]++] = symbol;
        }
    }

    /**
     * Codes of each length follow the longer ones without sharing a prefix with them; a damaged table whose lengths
     * do not add up could otherwise give one bit pattern two meanings.
     */
    private void checkPrefixFree() throws ExrFormatException {
        long end = 0;
        for (int length = MAX_LENGTH; length > 0; length--) {
            if (lengthCount[length] > 0) {
                int shift = MAX_LENGTH - length;
                if (firstCode[length] + lengthCount[length] > (1L << length) || firstCode[length] << shift < end) {
                    throw corrupt("code table is inconsistent");
                }
                end = (firstCode[length] + lengthCount[length]) << shift;
            }
        }
    }

    /** The lookup table of codes up to 14 bits: symbol and length of every 14-bit prefix that starts with one. */
    private void buildDecodingTable() throws ExrFormatException {
        Arrays.fill(shortCodes, 0);
        for (int i = 0; i < coded; i++) {
            int symbol = symbols[i];
            long code = codes[symbol] >>> 6;
            int length = (int) (codes[symbol] & 63);
            if ((code >>> length) != 0) {
                throw corrupt("code table is inconsistent");
            }
            if (length <= DECODE_BITS) {
                int first = (int) (code << (DECODE_BITS - length));
                int entry = symbol << 6 | length;
                for (int slot = first; slot < first + (1 << (DECODE_BITS - length)); slot++) {
                    if (shortCodes[slot] != 0) {
                        throw corrupt("code table is inconsistent");
                    }
                    shortCodes[slot] = entry;
                }
            }
        }
    }

    /**
     * Decodes the bit stream. Bytes are taken several at a time into a 64-bit buffer; for every stream whose codes
     * are at most 57 bits long (all real ones) this yields exactly the symbols of OpenEXR's byte-at-a-time decoder.
     */
    private void decode(byte[] in, int start, long bitCount, int runSymbol, char[] out, int outOffset, int count)
            throws ExrFormatException {
        HuffmanOutput output = new HuffmanOutput(out, outOffset, count);
        int end = start + (int) ((bitCount + 7) / 8);
        int at = start;
        long buffer = 0;
        int available = 0;
        while (true) {
            while (available <= 56 && at < end) {
                buffer = (buffer << 8) | (in[at++] & 0xff);
                available += 8;
            }
            if (available < DECODE_BITS) {
                break;
            }
            int entry = shortCodes[(int) (buffer >>> (available - DECODE_BITS)) & DECODE_MASK];
            int symbol = entry >>> 6;
            int length = entry & 63;
            if (length == 0) {
                symbol = longSymbol(buffer, available);
                length = (int) (codes[symbol] & 63);
            }
            available -= length;
            if (symbol != runSymbol) {
                output.put(symbol);
            } else {
                if (available < 8) {
                    if (at >= end) {
                        throw corrupt("bit stream ends inside a run");
                    }
                    buffer = (buffer << 8) | (in[at++] & 0xff);
                    available += 8;
                }
                available -= 8;
                output.repeat((int) (buffer >>> available) & 0xff);
            }
        }
        int padding = (int) ((8 - bitCount) & 7);
        buffer >>>= padding;
        available -= padding;
        while (available > 0) {
            int entry = shortCodes[(int) (buffer << (DECODE_BITS - available)) & DECODE_MASK];
            int length = entry & 63;
            if (length == 0 || length > available) {
                throw corrupt("bit stream ends inside a code");
            }
            available -= length;
            if (entry >>> 6 != runSymbol) {
                output.put(entry >>> 6);
            } else if (available >= 8) {
                available -= 8;
                output.repeat((int) (buffer >>> available) & 0xff);
            } else {
                throw corrupt("bit stream ends inside a run");
            }
        }
        if (!output.isFull()) {
            throw corrupt("bit stream ends early");
        }
    }

    /**
     * A code longer than the lookup table: the canonical code has one contiguous range of codes per length, so the
     * first length whose range holds the next bits gives the symbol.
     */
    private int longSymbol(long buffer, int available) throws ExrFormatException {
        for (int length = DECODE_BITS + 1; length <= Math.min(available, MAX_LENGTH); length++) {
            long offset = ((buffer >>> (available - length)) & ((1L << length) - 1)) - firstCode[length];
            if (offset >= 0 && offset < lengthCount[length]) {
                return byLength[firstIndex[length] + (int) offset];
            }
        }
        throw corrupt("bit stream holds an invalid code");
    }

    static ExrFormatException corrupt(String problem) {
        return new ExrFormatException("corrupt Huffman data: " + problem);
    }
}
