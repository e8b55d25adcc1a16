package crashy.preview.exr;

import java.util.Arrays;

/** Where decoded symbols go; the run symbol repeats the previous value a given number of times. */
final class HuffmanOutput {
    private final char[] out;
    private final int start;
    private final int end;
    private final int runSymbol;
    private int at;

    HuffmanOutput(char[] out, int start, int count, int runSymbol) {
        this.out = out;
        this.start = start;
        this.end = start + count;
        this.runSymbol = runSymbol;
        this.at = start;
    }

    void put(int symbol, BitReader bits) throws ExrFormatException {
        if (symbol == runSymbol) {
            if (bits.available() < 8) {
                if (!bits.hasBytes()) {
                    throw Huffman.corrupt("bit stream ends inside a run");
                }
                bits.pullByte();
            }
            int run = bits.take(8);
            if (at + run > end || at == start) {
                throw Huffman.corrupt("a run overruns the output");
            }
            Arrays.fill(out, at, at + run, out[at - 1]);
            at += run;
        } else if (at < end) {
            out[at++] = (char) symbol;
        } else {
            throw Huffman.corrupt("more symbols than expected");
        }
    }

    boolean isFull() {
        return at == end;
    }
}
