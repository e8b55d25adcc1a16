package crashy.preview.exr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.function.IntToLongFunction;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Long Huffman streams are decoded as two halves at once ({@link HuffmanHalves}); whatever the stream, the result must
 * be what decoding it in one piece gives: the same values, or the same error.
 */
class HuffmanHalvesTest {

    /** Codes shaped like the streams the codecs write. */
    enum Shape {
        /** PIZ of a noisy render: thousands of wavelet values, codes of 8 to 20-odd bits, few runs. */
        NOISY_PIZ(4000, i -> Math.round(1e6 * Math.exp(-Math.pow((i - 2000) / 300.0, 2) / 2)), 500),
        /** DWA's AC values: a few hundred symbols, mostly short codes, many runs of zeros. */
        DWA(300, i -> Math.round(1e6 * Math.pow(0.97, i)), 8),
        /** One value almost everywhere (a one-bit code) and a long tail of codes up to 40-odd bits. */
        SKEWED(60, i -> i == 0 ? 1L << 40 : Math.max(1, (1L << 40) >> i), 0);

        final HuffmanEncoder encoder;
        final int runEvery;

        Shape(int symbols, IntToLongFunction weight, int runEvery) {
            long[] weights = new long[symbols + 1];
            for (int i = 0; i < symbols; i++) {
                weights[i] = weight.applyAsLong(i);
            }
            weights[symbols] = 1000;
            this.encoder = new HuffmanEncoder(7, weights);
            this.runEvery = runEvery;
        }
    }

    @ParameterizedTest
    @EnumSource(Shape.class)
    void decodesLongStreamsInTwoHalves(Shape shape) throws ExrFormatException {
        Huffman huffman = new Huffman();
        for (int seed = 0; seed < 8; seed++) {
            int[] values = shape.encoder.values(100_000 + 20_000 * seed, new Random(seed), shape.runEvery);
            byte[] stream = shape.encoder.encode(values);

            char[] out = new char[values.length + 2];
            huffman.decompress(stream, 0, stream.length, out, 1, values.length);

            assertThat(Arrays.copyOfRange(out, 1, values.length + 1)).isEqualTo(chars(values));
            assertThat(out[values.length + 1]).isEqualTo((char) 0);
        }
        assertThat(huffman.streamsInHalves).as("streams decoded in halves").isEqualTo(8);
    }

    @ParameterizedTest
    @EnumSource(Shape.class)
    void damagedStreamsDecodeOrFailAsInOnePiece(Shape shape) {
        int[] values = shape.encoder.values(100_000, new Random(42), shape.runEvery);
        byte[] original = shape.encoder.encode(values);
        int tableEnd = 20 + LittleEndian.i32(original, 8);
        Huffman halves = new Huffman();
        Huffman onePiece = new Huffman(false);
        Random random = new Random(7);
        int failed = 0;
        for (int i = 0; i < 1500; i++) {
            byte[] stream = original.clone();
            int count = values.length;
            switch (i % 4) {
                case 0, 1 -> {
                    for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                        stream[tableEnd + random.nextInt(stream.length - tableEnd)] ^= (byte) (1 + random.nextInt(255));
                    }
                }
                case 2 -> count += random.nextInt(41) - 20;
                default -> LittleEndian.put32(stream, 12, LittleEndian.i32(stream, 12) - random.nextInt(64));
            }
            String inHalves = outcome(halves, stream, count);
            assertThat(inHalves).as("mutant %d", i).isEqualTo(outcome(onePiece, stream, count));
            failed += inHalves.startsWith("error") ? 1 : 0;
        }
        assertThat(failed).as("mutants refused").isPositive();
        assertThat(halves.streamsInHalves).as("mutants decoded in halves").isPositive();
    }

    private static String outcome(Huffman huffman, byte[] stream, int count) {
        char[] out = new char[Math.max(0, count)];
        try {
            huffman.decompress(stream, 0, stream.length, out, 0, count);
            return "values " + Arrays.hashCode(out);
        } catch (ExrFormatException e) {
            return "error " + e.getMessage();
        }
    }

    private static char[] chars(int[] values) {
        char[] chars = new char[values.length];
        for (int i = 0; i < values.length; i++) {
            chars[i] = (char) values[i];
        }
        return chars;
    }
}
