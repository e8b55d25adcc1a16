package crashy.preview.exr;

import java.util.Arrays;

/**
 * The inner loop of {@link HuffmanHalves}: one code of each of two cursors per step, each from its own 64-bit window,
 * as {@link HuffmanCursor#fast} takes them from one. The two streams' steps are written out twice on purpose: the
 * point is two independent chains of lookups in one loop body, which a shared helper returning two values would not
 * give. A long code or a run's count past a window's sure bits only ends the step early; at anything the format does
 * not allow (a run or a value that does not fit) the loop stops both cursors on their last code boundary, where
 * {@link HuffmanCursor}'s own loops take over and raise the error. The code must be complete, so that every bit
 * pattern is a code.
 */
final class HuffmanPair {
    /** More codes than a window's sure bits can hold, one bit each. */
    private static final int CODES = HuffmanCursor.SURE_BITS + 1;

    private HuffmanPair() {}

    /** Decodes from both cursors while each is at or before its limit, {@link HuffmanCursor#FAR} or more from its end. */
    static void decode(
            HuffmanCursor a,
            long limitA,
            HuffmanCursor b,
            long limitB,
            HuffmanCode code,
            HuffmanTable table,
            int runSymbol)
            throws ExrFormatException {
        final int sure = HuffmanCursor.SURE_BITS;
        int bits = table.bits;
        // The next code surely lies in a window's sure bits while at most this many are used.
        int room = sure - bits;
        int[] entries = table.entries;
        int longest = code.longest;
        byte[] in = a.in;
        char[] outA = a.out;
        char[] outB = b.out;
        int endA = a.end;
        int endB = b.end;
        long positionA = a.position;
        long positionB = b.position;
        int atA = a.at;
        int atB = b.at;
        boolean stopped = false;
        // A window holds fewer than CODES codes, so while each cursor has room for that many values no value needs a
        // check of its own; a run that leaves less room ends the step, and the cursors' own loops decode the last
        // values.
        while (!stopped && positionA <= limitA && positionB <= limitB && endA - atA >= CODES && endB - atB >= CODES) {
            long windowA = BitReader.window(in, positionA);
            long windowB = BitReader.window(in, positionB);
            int usedA = 0;
            int usedB = 0;
            do {
                long next = windowA << usedA;
                int slot = (int) (next >>> (64 - bits));
                int entry = entries[slot];
                int length = HuffmanTable.length(entry);
                int symbol = HuffmanTable.symbol(entry);
                if (length == 0) {
                    if (usedA + longest > sure) {
                        break;
                    }
                    long found = code.longCode(next, -symbol, bits);
                    symbol = (int) (found >>> 6);
                    length = (int) (found & 63);
                }
                if (symbol != runSymbol) {
                    outA[atA++] = (char) symbol;
                    usedA += length;
                } else {
                    int used = usedA + length;
                    if (used + 8 > sure) {
                        break;
                    }
                    int run = (int) ((windowA << used) >>> 56);
                    if (atA + run > endA || atA == a.first) {
                        stopped = true;
                        break;
                    }
                    Arrays.fill(outA, atA, atA + run, outA[atA - 1]);
                    atA += run;
                    usedA = used + 8;
                    if (endA - atA < CODES) {
                        break;
                    }
                }

                next = windowB << usedB;
                slot = (int) (next >>> (64 - bits));
                entry = entries[slot];
                length = HuffmanTable.length(entry);
                symbol = HuffmanTable.symbol(entry);
                if (length == 0) {
                    if (usedB + longest > sure) {
                        break;
                    }
                    long found = code.longCode(next, -symbol, bits);
                    symbol = (int) (found >>> 6);
                    length = (int) (found & 63);
                }
                if (symbol != runSymbol) {
                    outB[atB++] = (char) symbol;
                    usedB += length;
                } else {
                    int used = usedB + length;
                    if (used + 8 > sure) {
                        break;
                    }
                    int run = (int) ((windowB << used) >>> 56);
                    if (atB + run > endB || atB == b.first) {
                        stopped = true;
                        break;
                    }
                    Arrays.fill(outB, atB, atB + run, outB[atB - 1]);
                    atB += run;
                    usedB = used + 8;
                    if (endB - atB < CODES) {
                        break;
                    }
                }
            } while (usedA <= room && usedB <= room);
            positionA += usedA;
            positionB += usedB;
            stopped |= usedA + usedB == 0;
        }
        a.position = positionA;
        a.at = atA;
        b.position = positionB;
        b.at = atB;
    }
}
