package crashy.preview.exr;

import java.util.Arrays;

/** Where decoded Huffman symbols go, refusing to write past the expected count. */
final class HuffmanOutput {
    private final char[] out;
    private final int start;
    private final int end;
    private int at;

    HuffmanOutput(char[] out, int start, int count) {
        this.out = out;
        this.start = start;
        this.end = start + count;
        this.at = start;
    }

    void put(int symbol) throws ExrFormatException {
        if (at >= end) {
            throw Huffman.corrupt("more symbols than expected");
        }
        out[at++] = (char) symbol;
    }

    /** The run symbol: the previous value, {@code run} more times. */
    void repeat(int run) throws ExrFormatException {
        if (at + run > end || at == start) {
            throw Huffman.corrupt("a run overruns the output");
        }
        Arrays.fill(out, at, at + run, out[at - 1]);
        at += run;
    }

    boolean isFull() {
        return at == end;
    }
}
