package crashy.preview.exr;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;

/**
 * Writes streams in OpenEXR's Huffman format for tests: a code built from symbol weights (so complete, as OpenEXR's
 * encoder makes it), its lengths at six bits each, and the values as codes, where a repeated value may be written as
 * the run symbol (the largest) and an 8-bit count.
 */
final class HuffmanEncoder {
    private final int min;
    private final int runSymbol;
    private final int[] lengths;
    private final long[] codes;

    /** A code for symbols {@code min .. min + weights.length - 1}; the last one is the run symbol. */
    HuffmanEncoder(int min, long[] weights) {
        this.min = min;
        this.runSymbol = min + weights.length - 1;
        this.lengths = lengths(weights);
        this.codes = canonicalCodes(lengths);
    }

    /** Values drawn by weight (never the run symbol), with runs of repeats of about one value in {@code 1/runEvery}. */
    int[] values(int count, Random random, int runEvery) {
        long[] below = new long[lengths.length - 1];
        long total = 0;
        for (int i = 0; i < below.length; i++) {
            total += 1L << (40 - lengths[i]);
            below[i] = total;
        }
        int[] values = new int[count];
        for (int at = 0; at < count; at++) {
            if (at > 0 && runEvery > 0 && random.nextInt(runEvery) == 0) {
                int run = Math.min(count - at, 1 + random.nextInt(255));
                Arrays.fill(values, at, at + run, values[at - 1]);
                at += run - 1;
                continue;
            }
            int found = Arrays.binarySearch(below, (long) (random.nextDouble() * total));
            values[at] = min + Math.min(below.length - 1, found >= 0 ? found + 1 : -found - 1);
        }
        return values;
    }

    /** The stream of {@code values}: each repeat of the value before it that a run can take goes into one. */
    byte[] encode(int[] values) {
        Bits bits = new Bits();
        for (int symbol = min; symbol <= runSymbol; symbol++) {
            bits.put(lengths[symbol - min], 6);
        }
        bits.flush();
        byte[] table = bits.bytes.toByteArray();
        Bits stream = new Bits();
        for (int at = 0; at < values.length; at++) {
            int run = 0;
            while (at > 0 && run < 255 && at + run < values.length && values[at + run] == values[at - 1]) {
                run++;
            }
            if (run >= 2) {
                stream.put(codes[runSymbol - min], lengths[runSymbol - min]);
                stream.put(run, 8);
                at += run - 1;
            } else {
                stream.put(codes[values[at] - min], lengths[values[at] - min]);
            }
        }
        long bitCount = stream.count;
        stream.flush();
        byte[] data = stream.bytes.toByteArray();
        byte[] out = new byte[20 + table.length + data.length];
        LittleEndian.put32(out, 0, min);
        LittleEndian.put32(out, 4, runSymbol);
        LittleEndian.put32(out, 8, table.length);
        LittleEndian.put32(out, 12, (int) bitCount);
        System.arraycopy(table, 0, out, 20, table.length);
        System.arraycopy(data, 0, out, 20 + table.length, data.length);
        return out;
    }

    /** Huffman's construction: the two lightest subtrees join until one is left; a symbol's depth is its length. */
    private static int[] lengths(long[] weights) {
        record Tree(long weight, List<Integer> symbols) {}
        PriorityQueue<Tree> queue = new PriorityQueue<>((a, b) -> Long.compare(a.weight(), b.weight()));
        for (int i = 0; i < weights.length; i++) {
            queue.add(new Tree(Math.max(1, weights[i]), List.of(i)));
        }
        int[] lengths = new int[weights.length];
        while (queue.size() > 1) {
            Tree a = queue.poll();
            Tree b = queue.poll();
            List<Integer> both = new ArrayList<>(a.symbols());
            both.addAll(b.symbols());
            both.forEach(symbol -> lengths[symbol]++);
            queue.add(new Tree(a.weight() + b.weight(), both));
        }
        return lengths;
    }

    /** OpenEXR's canonical code, as {@link HuffmanCode} reads it back: longer codes numerically smaller. */
    private static long[] canonicalCodes(int[] lengths) {
        long[] count = new long[HuffmanCode.MAX_LENGTH + 1];
        for (int length : lengths) {
            count[length]++;
        }
        long[] next = new long[HuffmanCode.MAX_LENGTH + 1];
        long code = 0;
        for (int length = HuffmanCode.MAX_LENGTH; length > 0; length--) {
            next[length] = code;
            code = (code + count[length]) >> 1;
        }
        long[] codes = new long[lengths.length];
        for (int symbol = 0; symbol < lengths.length; symbol++) {
            codes[symbol] = next[lengths[symbol]]++;
        }
        return codes;
    }

    /** Most-significant-bit-first output. */
    private static final class Bits {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long count;
        private long buffer;
        private int held;

        void put(long value, int width) {
            for (int bit = width - 1; bit >= 0; bit--) {
                buffer = buffer << 1 | (value >>> bit & 1);
                count++;
                if (++held == 8) {
                    bytes.write((int) buffer);
                    buffer = 0;
                    held = 0;
                }
            }
        }

        void flush() {
            if (held > 0) {
                bytes.write((int) (buffer << (8 - held)));
                buffer = 0;
                held = 0;
            }
        }
    }
}
