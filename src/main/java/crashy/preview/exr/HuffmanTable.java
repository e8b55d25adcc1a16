package crashy.preview.exr;

import java.util.Arrays;

/**
 * The lookup table that decodes the short codes of a {@link HuffmanCode} with one look at the next {@link #bits} bits
 * of the stream, and sends longer codes to {@link HuffmanCode#longCode}.
 */
final class HuffmanTable {
    /**
     * The most bits the table takes at once. In noisy 4K PIZ chunks a third of the codes are 15 to 20 bits long; 16
     * bits leaves a tenth to the slower path, and a larger table costs more to fill than it saves.
     */
    private static final int MAX_BITS = 16;

    /** The fewest bits the table takes when it need not take all of the longest code. */
    private static final int MIN_BITS = 12;

    /** The smallest table worth building when a chunk has few values. */
    private static final int MIN_VALUE_BITS = 10;

    /** The share of codes the table may leave to the slower path when a smaller table suffices for the rest. */
    private static final double LONGER_SHARE = 0.02;

    /**
     * Per slot: the symbol of the short code its bits start shifted left by 8, OR that code's length; for a slot that
     * starts longer codes, minus the shortest of their lengths shifted left by 8 (length 0); 0 for none. One load
     * gives a code's length and symbol: with lengths and symbols in two tables, although the lengths on which the next
     * code waits took less cache, 4K scanline DWA and PIZ previews took 2 % more CPU.
     */
    final int[] entries = new int[1 << MAX_BITS];

    /** A slot's entry: the symbol shifted left by 8, OR the length (0 for a slot that starts longer codes). */
    static int entry(int symbol, int length) {
        return symbol << 8 | length;
    }

    /** The length of the short code an entry holds, or 0 when the slot starts longer codes. */
    static int length(int entry) {
        return entry & 0xff;
    }

    /** The symbol of the short code an entry holds, or minus the shortest length of the longer codes it starts. */
    static int symbol(int entry) {
        return entry >> 8;
    }

    /** Bits of the current table, see {@link #bits(HuffmanCode, int)}. */
    int bits;

    /**
     * Builds the table of {@code code} for a stream of {@code values} values. The code is prefix-free, so no two codes
     * claim a slot; when it is also complete every slot is written and the previous chunk's table need not be cleared.
     */
    void build(HuffmanCode code, int values) {
        bits = bits(code, values);
        if (!code.complete) {
            Arrays.fill(entries, 0, 1 << bits, 0);
        }
        int[] lengthCount = code.lengthCount;
        long[] firstCode = code.firstCode;
        for (int length = HuffmanCode.MAX_LENGTH; length > bits; length--) {
            if (lengthCount[length] > 0) {
                int first = (int) (firstCode[length] >>> (length - bits));
                int last = (int) ((firstCode[length] + lengthCount[length] - 1) >>> (length - bits));
                Arrays.fill(entries, first, last + 1, entry(-length, 0));
            }
        }
        // The codes of one length take one range of slots, in symbol order; the codes as long as the table, most of
        // a noisy PIZ chunk's, take one slot each.
        int[] byLength = code.byLength;
        for (int length = bits; length > 0; length--) {
            int count = lengthCount[length];
            if (count == 0) {
                continue;
            }
            int shift = bits - length;
            int first = (int) (firstCode[length] << shift);
            int index = code.firstIndex[length];
            if (shift == 0) {
                for (int i = 0; i < count; i++) {
                    entries[first + i] = entry(byLength[index + i], length);
                }
            } else {
                int span = 1 << shift;
                for (int i = 0; i < count; i++) {
                    int entry = entry(byLength[index + i], length);
                    Arrays.fill(entries, first + (i << shift), first + (i << shift) + span, entry);
                }
            }
        }
    }

    /**
     * As few bits as leave about {@link #LONGER_SHARE} of the codes to the slower path (a code of length n stands for
     * about 2<sup>-n</sup> of the values): a small table stays in the fastest cache, and DWA's mostly short codes
     * decode a tenth faster with 12 bits than with 16, while PIZ's long ones want all 16. Never more bits than the
     * longest code, nor many more than a small tile has values, each of which the table's slots would outnumber.
     */
    private static int bits(HuffmanCode code, int values) {
        int[] lengthCount = code.lengthCount;
        int bits = MAX_BITS;
        double longer = 0;
        for (int length = HuffmanCode.MAX_LENGTH; length > MAX_BITS; length--) {
            longer += Math.scalb((double) lengthCount[length], -length);
        }
        while (bits > MIN_BITS && longer + Math.scalb((double) lengthCount[bits], -bits) <= LONGER_SHARE) {
            longer += Math.scalb((double) lengthCount[bits], -bits);
            bits--;
        }
        int valueBits = Math.max(MIN_VALUE_BITS, 32 - Integer.numberOfLeadingZeros(values));
        return Math.min(code.longest, Math.min(bits, valueBits));
    }
}
