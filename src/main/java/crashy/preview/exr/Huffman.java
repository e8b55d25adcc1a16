package crashy.preview.exr;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * The static Huffman code shared by PIZ and DWA: a canonical code ({@link HuffmanCode}, looked up through a {@link
 * HuffmanTable}) packed as run-length-coded code lengths, followed by the bit stream, where one symbol (the largest)
 * announces a run of the previous value. Every read and write is bounds-checked.
 */
final class Huffman {
    private static final VarHandle BIG_ENDIAN =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    /** Bits of a window read at any bit position that are surely from the stream: 64 less up to 7 skipped. */
    private static final int SURE_BITS = 57;

    private final HuffmanCode code = new HuffmanCode();
    private final HuffmanTable table = new HuffmanTable();

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
     * Decodes the bit stream. Far from its end, codes are taken from a 64-bit window read straight from the bytes, one
     * after another until the next might not lie wholly in the window's 57 sure bits: shifting the window is quicker
     * than reading the next one from memory, the step every code waited for. A code longer than the table is found in
     * the same window whenever the longest code surely lies in it (breaking off for each cost noisy 4K PIZ, a tenth of
     * whose codes are long, about 3 % of its preview). The last few codes go through {@link BitReader#window} one at a
     * time. For every stream whose codes are at most 57 bits long (all real ones) this yields exactly the symbols of
     * OpenEXR's byte-at-a-time decoder.
     */
    private void decode(byte[] in, int start, long bitCount, int runSymbol, char[] out, int outOffset, int count)
            throws ExrFormatException {
        long position = 8L * start;
        long stop = position + bitCount;
        int at = outOffset;
        int end = outOffset + count;
        int bits = table.bits;
        byte[] shortLengths = table.shortLengths;
        int[] shortSymbols = table.shortSymbols;
        int longest = code.longest;
        long far = stop - (HuffmanCode.MAX_LENGTH + 8);
        while (position <= far) {
            long window = (long) BIG_ENDIAN.get(in, (int) (position >>> 3)) << (position & 7);
            int used = 0;
            do {
                long next = window << used;
                int slot = (int) (next >>> (64 - bits));
                int length = shortLengths[slot];
                int symbol = shortSymbols[slot];
                if (length == 0) {
                    if (used > 0 && used + longest > SURE_BITS) {
                        break;
                    }
                    long found = code.longCode(next, -symbol, bits);
                    symbol = (int) (found >>> 6);
                    length = (int) (found & 63);
                }
                used += length;
                if (symbol != runSymbol) {
                    if (at >= end) {
                        throw corrupt("more symbols than expected");
                    }
                    out[at++] = (char) symbol;
                } else {
                    int run = used + 8 <= SURE_BITS
                            ? (int) ((window << used) >>> 56)
                            : (int) (BitReader.window(in, position + used, stop) >>> 56);
                    used += 8;
                    if (at + run > end || at == outOffset) {
                        throw corrupt("a run overruns the output");
                    }
                    Arrays.fill(out, at, at + run, out[at - 1]);
                    at += run;
                }
            } while (used + bits <= SURE_BITS);
            position += used;
        }
        while (position < stop) {
            long window = BitReader.window(in, position, stop);
            int slot = (int) (window >>> (64 - bits));
            int length = shortLengths[slot];
            int symbol = shortSymbols[slot];
            if (length == 0) {
                long found = code.longCode(window, -symbol, bits);
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
                int run = (int) (BitReader.window(in, position, stop) >>> 56);
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

    static ExrFormatException corrupt(String problem) {
        return new ExrFormatException("corrupt Huffman data: " + problem);
    }
}
