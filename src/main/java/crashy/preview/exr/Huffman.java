package crashy.preview.exr;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The static Huffman code shared by PIZ and DWA: a canonical code table packed as run-length-coded code lengths,
 * followed by the bit stream, where one symbol (the largest) announces a run of the previous value. Decoding uses a
 * lookup table of up to 14 bits for short codes and the canonical code's ranges for longer ones. Every read and write
 * is bounds-checked.
 */
final class Huffman {
    private static final int ENCODING_SIZE = (1 << 16) + 1;

    /** The most bits the lookup table takes at once; codes up to this long are decoded with one lookup. */
    private static final int MAX_TABLE_BITS = 14;

    private static final int MAX_LENGTH = 58;
    private static final VarHandle BIG_ENDIAN =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
    private static final int SHORT_ZEROCODE_RUN = 59;
    private static final int LONG_ZEROCODE_RUN = 63;
    private static final int SHORTEST_LONG_RUN = 2 + LONG_ZEROCODE_RUN - SHORT_ZEROCODE_RUN;

    /** Per symbol listed in {@code symbols}: its code length. */
    private final int[] lengths = new int[ENCODING_SIZE];

    /**
     * Per table slot (the next {@code tableBits} bits): the length of the short code they start, or 0 (a longer code,
     * or none). Kept apart from the symbols so that the chain from one code's length to the next code's position
     * stays in the fastest cache.
     */
    private final byte[] shortLengths = new byte[1 << MAX_TABLE_BITS];

    /** Per table slot: the symbol of its short code, or minus the shortest length of the longer codes it starts. */
    private final int[] shortSymbols = new int[1 << MAX_TABLE_BITS];

    /** Bits of the current lookup table: the longest code, at most {@link #MAX_TABLE_BITS}. */
    private int tableBits;

    /** Whether the current code fills the code space, so that every table slot belongs to a code. */
    private boolean complete;

    /** The symbols that have a code, in increasing order; the first {@code coded} entries are valid. */
    private final int[] symbols = new int[ENCODING_SIZE];

    private int coded;

    /** Per code length: how many codes, the first (smallest) code, and where its symbols start in byLength. */
    private final int[] lengthCount = new int[MAX_LENGTH + 1];

    private final long[] firstCode = new long[MAX_LENGTH + 1];
    private final int[] firstIndex = new int[MAX_LENGTH + 1];
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
                lengths[symbol] = length;
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
     * The canonical code: codes of each length form one range, shorter codes numerically larger, and codes of equal
     * length increase with the symbol; {@code byLength} lists the symbols in code order.
     */
    private void assignCanonicalCodes() throws ExrFormatException {
        Arrays.fill(lengthCount, 0);
        for (int i = 0; i < coded; i++) {
            lengthCount[lengths[symbols[i]]]++;
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
            nextIndex[length] = at;
            at += lengthCount[length];
        }
        for (int i = 0; i < coded; i++) {
            int symbol = symbols[i];
            byLength[nextIndex[lengths[symbol]]++] = symbol;
        }
    }

    /**
     * Codes of each length follow the longer ones without sharing a prefix with them; a damaged table whose lengths
     * do not add up could otherwise give one bit pattern two meanings.
     */
    private void checkPrefixFree() throws ExrFormatException {
        long end = 0;
        tableBits = 1;
        boolean longest = true;
        for (int length = MAX_LENGTH; length > 0; length--) {
            if (lengthCount[length] > 0) {
                if (longest) {
                    tableBits = Math.min(length, MAX_TABLE_BITS);
                    longest = false;
                }
                int shift = MAX_LENGTH - length;
                if (firstCode[length] + lengthCount[length] > (1L << length) || firstCode[length] << shift < end) {
                    throw corrupt("code table is inconsistent");
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
     * Decodes the bit stream. Far from its end, each code is looked up in a 64-bit window read straight from the
     * bytes; the last few codes go through {@link #window} one at a time. For every stream whose codes are at most 57
     * bits long (all real ones) this yields exactly the symbols of OpenEXR's byte-at-a-time decoder.
     */
    private void decode(byte[] in, int start, long bitCount, int runSymbol, char[] out, int outOffset, int count)
            throws ExrFormatException {
        long position = 8L * start;
        long stop = position + bitCount;
        int at = outOffset;
        int end = outOffset + count;
        int bits = tableBits;
        while (position < stop) {
            boolean far = stop - position >= MAX_LENGTH + 8;
            long window = far
                    ? (long) BIG_ENDIAN.get(in, (int) (position >>> 3)) << (position & 7)
                    : window(in, position, stop);
            int slot = (int) (window >>> (64 - bits));
            int length = shortLengths[slot];
            int symbol = shortSymbols[slot];
            if (length == 0) {
                long found = longCode(window, -symbol);
                symbol = (int) (found >>> 6);
                length = (int) (found & 63);
            }
            position += length;
            if (position > stop) {
                throw corrupt("bit stream ends inside a code");
            }
            if (symbol != runSymbol) {
                if (at >= end) {
                    throw corrupt("more symbols than expected");
                }
                out[at++] = (char) symbol;
            } else {
                if (stop - position < 8) {
                    throw corrupt("bit stream ends inside a run");
                }
                int run = (int) (window(in, position, stop) >>> 56);
                position += 8;
                if (at + run > end || at == outOffset) {
                    throw corrupt("a run overruns the output");
                }
                Arrays.fill(out, at, at + run, out[at - 1]);
                at += run;
            }
        }
        if (at != end) {
            throw corrupt("bit stream ends early");
        }
    }

    /** The bits from {@code position} on, at the top of a long; bits at or past {@code stop} read as 0. */
    private static long window(byte[] in, long position, long stop) {
        long window = 0;
        int last = (int) ((stop - 1) >>> 3);
        for (int i = 0, at = (int) (position >>> 3); i < 8; i++, at++) {
            window = window << 8 | (at <= last ? in[at] & 0xff : 0);
        }
        window <<= position & 7;
        long valid = stop - position;
        return valid >= 64 ? window : window & -(1L << (64 - valid));
    }

    /**
     * A code longer than the lookup table, as its symbol above 6 bits of length: the canonical code has one contiguous
     * range of codes per length, so the first length (from the shortest of this 14-bit prefix) whose range holds the
     * next bits gives the symbol.
     */
    private long longCode(long window, int shortest) throws ExrFormatException {
        if (shortest > tableBits) {
            for (int length = shortest; length <= MAX_LENGTH; length++) {
                long offset = (window >>> (64 - length)) - firstCode[length];
                if (offset >= 0 && offset < lengthCount[length]) {
                    return (long) byLength[firstIndex[length] + (int) offset] << 6 | length;
                }
            }
        }
        throw corrupt("bit stream holds an invalid code");
    }

    static ExrFormatException corrupt(String problem) {
        return new ExrFormatException("corrupt Huffman data: " + problem);
    }
}
