package crashy.preview.exr;

/**
 * Decodes a long {@link Huffman} stream as two halves at once on one thread. Each code's length comes from a table
 * lookup that the next code waits for; two independent streams give the processor a second chain of lookups to work on
 * meanwhile. The second half starts near the middle bit (see {@link #split}), which may lie inside a code, but a
 * Huffman code falls into step with itself within a few codes: where the first half's codes reach a code start the
 * second half also decoded, the two agree from there on, and the second half's values from that code on are the
 * stream's. Should the halves not meet within {@link #MARKS} codes, or the second half fail, the first half simply
 * goes on alone, so the values and every error are exactly those of decoding the stream in one piece.
 */
final class HuffmanHalves {
    /** Streams shorter than this many bits decode in one piece. */
    static final long MIN_BITS = 1 << 15;

    /** The smallest share of the stream either half starts with. */
    private static final double MIN_SPLIT = 0.25;

    /** How many code starts of the second half are remembered for finding where the halves meet. */
    private static final int MARKS = 64;

    private final HuffmanCursor second = new HuffmanCursor();
    private final long[] markPositions = new long[MARKS];
    private final int[] markValues = new int[MARKS];
    private int marks;
    private char[] tail = new char[0];

    /**
     * Where the second half starts, as a share of the stream. The halves are decoded a code of each at a time, so the
     * pair is done when the half with the longer codes reaches its end and the other goes on alone; in 4K scanline PIZ
     * the first half (alpha and blue) has the shorter codes and a tenth of the stream was left to it. Each stream moves
     * the start by half of what the pair left, and the next stream of the same kind (the next chunk) is split there.
     * Where the halves start does not change the values, only how long the pair runs.
     */
    private double split = 0.5;

    /**
     * Decodes {@code first}'s stream, which must have at least {@link #MIN_BITS} bits and a complete code, from its
     * start. Returns true when the whole stream is decoded into {@code first}'s output; false with {@code first} on a
     * code boundary before the middle, for the caller to go on alone.
     */
    boolean decode(HuffmanCursor first, HuffmanCode code, HuffmanTable table, int runSymbol) throws ExrFormatException {
        long length = first.stop - first.position;
        long middle = first.position + (long) (length * split);
        int count = first.end - first.at;
        // tail[0] stands for the value before the middle, which a run there repeats; it is not the stream's value,
        // but such a run lies before the halves meet, and what lies before is dropped.
        tail = Buffers.atLeast(tail, count + 1);
        second.reset(first.in, middle, first.stop, tail, 0, count + 1);
        second.at = 1;
        boolean secondGoes = mark(code, table, runSymbol);
        long firstLimit = middle - 2 * HuffmanCursor.FAR;
        if (secondGoes) {
            HuffmanPair.decode(first, firstLimit, second, first.stop - HuffmanCursor.FAR, code, table, runSymbol);
            long behind = (middle - first.position) - (first.stop - second.position);
            split = Math.max(MIN_SPLIT, Math.min(1 - MIN_SPLIT, split - behind / (2.0 * length)));
            secondGoes = finish(code, table, runSymbol);
        }
        first.fast(firstLimit, code, table, runSymbol);
        return secondGoes && meet(code, table, runSymbol, first);
    }

    /** Decodes the second half's first codes one at a time, remembering where each value code starts. */
    private boolean mark(HuffmanCode code, HuffmanTable table, int runSymbol) {
        marks = 0;
        try {
            while (marks < MARKS && second.position < second.stop - HuffmanCursor.FAR) {
                long position = second.position;
                int value = second.at;
                if (!second.step(code, table, runSymbol)) {
                    markPositions[marks] = position;
                    markValues[marks++] = value;
                }
            }
            return marks == MARKS;
        } catch (ExrFormatException e) {
            return false;
        }
    }

    private boolean finish(HuffmanCode code, HuffmanTable table, int runSymbol) {
        try {
            second.fast(second.stop - HuffmanCursor.FAR, code, table, runSymbol);
            second.careful(second.stop, code, table, runSymbol);
            return true;
        } catch (ExrFormatException e) {
            return false;
        }
    }

    /**
     * Takes {@code first} code by code up to a remembered code start of the second half and, if the two halves add up
     * to the stream's values, copies the second half's values from there.
     */
    private boolean meet(HuffmanCode code, HuffmanTable table, int runSymbol, HuffmanCursor first)
            throws ExrFormatException {
        int mark = 0;
        while (true) {
            while (mark < marks && markPositions[mark] < first.position) {
                mark++;
            }
            if (mark == marks) {
                return false;
            }
            if (markPositions[mark] == first.position) {
                int rest = second.at - markValues[mark];
                if (first.at + rest != first.end) {
                    return false;
                }
                System.arraycopy(tail, markValues[mark], first.out, first.at, rest);
                first.at += rest;
                first.position = first.stop;
                return true;
            }
            first.step(code, table, runSymbol);
        }
    }
}
