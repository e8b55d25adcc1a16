package crashy.preview.exr;

import java.util.Arrays;

/**
 * Where the decoding of one {@link Huffman} bit stream stands: its next bit in {@code in} and its next value in {@code
 * out}. A run repeats the value before it, so no run may start at {@link #first}. The loops leave the cursor on the
 * boundary after the last code they decoded, and throw {@link ExrFormatException} for anything the stream's format
 * does not allow.
 */
final class HuffmanCursor {
    /** Bits of a window read at any bit position that are surely from the stream: 64 less up to 7 skipped. */
    static final int SURE_BITS = 57;

    /** How far before the stream's end {@link #fast} must stop: a whole code and a run's count lie before it. */
    static final int FAR = HuffmanCode.MAX_LENGTH + 8;

    byte[] in = new byte[0];
    long position;
    long stop;
    char[] out = new char[0];
    int first;
    int at;
    int end;

    void reset(byte[] in, long position, long stop, char[] out, int first, int end) {
        this.in = in;
        this.position = position;
        this.stop = stop;
        this.out = out;
        this.first = first;
        this.at = first;
        this.end = end;
    }

    /**
     * Decodes codes from 64-bit windows read straight from the bytes while the position is at most {@code limit},
     * which must lie {@link #FAR} bits before the end: one code after another until the next might not lie wholly in
     * the window's 57 sure bits, since shifting the window is quicker than reading the next one from memory, the step
     * every code waited for. A code longer than the table is found in the same window whenever the longest code surely
     * lies in it (breaking off for each cost noisy 4K PIZ, a tenth of whose codes are long, about 3 % of its preview).
     * For every stream whose codes are at most 57 bits long (all real ones) this yields exactly the symbols of
     * OpenEXR's byte-at-a-time decoder.
     */
    void fast(long limit, HuffmanCode code, HuffmanTable table, int runSymbol) throws ExrFormatException {
        int bits = table.bits;
        int[] entries = table.entries;
        int longest = code.longest;
        byte[] in = this.in;
        char[] out = this.out;
        int end = this.end;
        long position = this.position;
        int at = this.at;
        while (position <= limit) {
            long window = BitReader.window(in, position);
            int used = 0;
            do {
                long next = window << used;
                int slot = (int) (next >>> (64 - bits));
                int entry = entries[slot];
                int length = HuffmanTable.length(entry);
                int symbol = HuffmanTable.symbol(entry);
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
                        throw Huffman.corrupt("more symbols than expected");
                    }
                    out[at++] = (char) symbol;
                } else {
                    int run = used + 8 <= SURE_BITS
                            ? (int) ((window << used) >>> 56)
                            : (int) (BitReader.window(in, position + used, stop) >>> 56);
                    used += 8;
                    at = repeat(at, run);
                }
            } while (used + bits <= SURE_BITS);
            position += used;
        }
        this.position = position;
        this.at = at;
    }

    /** Decodes codes one at a time while the position is before {@code limit}, at most the stream's end. */
    void careful(long limit, HuffmanCode code, HuffmanTable table, int runSymbol) throws ExrFormatException {
        while (position < limit) {
            step(code, table, runSymbol);
        }
    }

    /** Decodes one code, reading its window bit by bit up to the end; returns whether it was a run. */
    boolean step(HuffmanCode code, HuffmanTable table, int runSymbol) throws ExrFormatException {
        int bits = table.bits;
        long window = BitReader.window(in, position, stop);
        int slot = (int) (window >>> (64 - bits));
        int entry = table.entries[slot];
        int length = HuffmanTable.length(entry);
        int symbol = HuffmanTable.symbol(entry);
        if (length == 0) {
            long found = code.longCode(window, -symbol, bits);
            symbol = (int) (found >>> 6);
            length = (int) (found & 63);
        }
        if (position + length > stop) {
            throw Huffman.corrupt("bit stream ends inside a code");
        }
        if (symbol != runSymbol) {
            if (at >= end) {
                throw Huffman.corrupt("more symbols than expected");
            }
            position += length;
            out[at++] = (char) symbol;
            return false;
        }
        if (stop - position - length < 8) {
            throw Huffman.corrupt("bit stream ends inside a run");
        }
        int run = (int) (BitReader.window(in, position + length, stop) >>> 56);
        at = repeat(at, run);
        position += length + 8;
        return true;
    }

    private int repeat(int at, int run) throws ExrFormatException {
        if (at + run > end || at == first) {
            throw Huffman.corrupt("a run overruns the output");
        }
        Arrays.fill(out, at, at + run, out[at - 1]);
        return at + run;
    }
}
