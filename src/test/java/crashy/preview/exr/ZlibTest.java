package crashy.preview.exr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.Deflater;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link Zlib} with each {@link DeflateDecoder}: the same bytes, the same refusals. */
class ZlibTest {

    @ParameterizedTest
    @EnumSource(Inflation.class)
    void inflatesWhatTheJdkDeflatesAtEveryLevelAndStrategy(Inflation inflation) throws Exception {
        Zlib zlib = new Zlib(inflation.decoder());
        for (byte[] data : samples()) {
            for (int level : new int[] {0, 1, 6, 9}) {
                for (int strategy : new int[] {Deflater.DEFAULT_STRATEGY, Deflater.FILTERED, Deflater.HUFFMAN_ONLY}) {
                    byte[] packed = deflate(data, level, strategy);
                    byte[] out = new byte[data.length];

                    zlib.inflateExactly(packed, 0, packed.length, out, data.length);

                    assertThat(out)
                            .as("%d bytes, level %d, strategy %d", data.length, level, strategy)
                            .isEqualTo(data);
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Inflation.class)
    void readsAStreamInTheMiddleOfAChunkAndReturnsWhatItProducedWithinTheCapacity(Inflation inflation)
            throws Exception {
        byte[] data = "PXR24 may inflate fewer bytes than it has room for".getBytes(StandardCharsets.US_ASCII);
        byte[] packed = deflate(data, 6, Deflater.DEFAULT_STRATEGY);
        byte[] chunk = new byte[packed.length + 10];
        System.arraycopy(packed, 0, chunk, 7, packed.length);
        byte[] out = new byte[100];

        int produced = new Zlib(inflation.decoder()).inflate(chunk, 7, packed.length, out, out.length);

        assertThat(produced).isEqualTo(data.length);
        assertThat(Arrays.copyOf(out, produced)).isEqualTo(data);
    }

    @ParameterizedTest
    @EnumSource(Inflation.class)
    void refusesDataThatInflatesToMoreThanExpected(Inflation inflation) {
        byte[] data = new byte[5000];
        byte[] packed = deflate(data, 6, Deflater.DEFAULT_STRATEGY);
        Zlib zlib = new Zlib(inflation.decoder());

        assertThatThrownBy(() -> zlib.inflateExactly(packed, 0, packed.length, new byte[4999], 4999))
                .isInstanceOf(ExrFormatException.class)
                .hasMessage("zlib data inflates to more than the expected 4999");
    }

    @ParameterizedTest
    @EnumSource(Inflation.class)
    void refusesDataThatInflatesToLessThanExpected(Inflation inflation) {
        byte[] packed = deflate(new byte[100], 6, Deflater.DEFAULT_STRATEGY);
        Zlib zlib = new Zlib(inflation.decoder());

        assertThatThrownBy(() -> zlib.inflateExactly(packed, 0, packed.length, new byte[200], 200))
                .isInstanceOf(ExrFormatException.class)
                .hasMessage("zlib data inflates to 100 bytes, expected 200");
    }

    @ParameterizedTest
    @EnumSource(Inflation.class)
    void refusesAStreamWithoutItsChecksum(Inflation inflation) {
        byte[] packed = deflate(samples().get(2), 6, Deflater.DEFAULT_STRATEGY);
        Zlib zlib = new Zlib(inflation.decoder());
        byte[] out = new byte[samples().get(2).length];

        assertThatThrownBy(() -> zlib.inflateExactly(packed, 0, packed.length - 4, out, out.length))
                .isInstanceOf(ExrFormatException.class)
                .hasMessage("zlib data is truncated");
    }

    @ParameterizedTest
    @EnumSource(Inflation.class)
    void refusesAStreamCutShortOrWithABadHeader(Inflation inflation) {
        byte[] data = samples().get(2);
        byte[] packed = deflate(data, 6, Deflater.DEFAULT_STRATEGY);
        Zlib zlib = new Zlib(inflation.decoder());
        byte[] out = new byte[data.length];
        byte[] badHeader = packed.clone();
        badHeader[0] = 0x79;

        assertThatThrownBy(() -> zlib.inflateExactly(packed, 0, packed.length / 2, out, out.length))
                .isInstanceOf(ExrFormatException.class)
                .hasMessageContaining("zlib data");
        assertThatThrownBy(() -> zlib.inflateExactly(badHeader, 0, badHeader.length, out, out.length))
                .isInstanceOf(ExrFormatException.class)
                .hasMessage("corrupt zlib data: invalid header");
    }

    /**
     * Damaged streams: each decoder produces no more than it is given room for or refuses with a format exception, and
     * where both accept a stream they produce the same bytes.
     */
    @Test
    void bothDecodersAgreeOnDamagedStreams() throws Exception {
        Zlib jdk = new Zlib(Inflation.JDK_ZLIB.decoder());
        Zlib libdeflate = new Zlib(Inflation.LIBDEFLATE.decoder());
        List<byte[]> data = samples().subList(1, 4);
        List<byte[]> streams = new ArrayList<>();
        for (int level = 1; level <= 9; level++) {
            for (byte[] sample : data) {
                streams.add(deflate(sample, level, Deflater.DEFAULT_STRATEGY));
            }
        }
        Random random = new Random(1951);
        int bothAccepted = 0;
        for (int i = 0; i < 3000; i++) {
            int capacity = data.get(i % data.size()).length;
            byte[] packed = streams.get(i % streams.size()).clone();
            for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
                int at = 2 + random.nextInt(packed.length - 2);
                packed[at] ^= (byte) (1 << random.nextInt(8));
            }
            byte[] fromJdk = attempt(jdk, packed, capacity);
            byte[] fromLibdeflate = attempt(libdeflate, packed, capacity);
            if (fromJdk != null && fromLibdeflate != null) {
                assertThat(fromLibdeflate).as("case %d", i).isEqualTo(fromJdk);
                bothAccepted++;
            }
        }
        assertThat(bothAccepted).isPositive();
    }

    @Test
    void libdeflateServesManyThreadsAndLeavesChunksLargerThanItsBuffersToTheJdk() throws Exception {
        Zlib shared = new Zlib(Inflation.LIBDEFLATE.decoder());
        byte[] huge = new byte[6 << 20];
        new Random(7).nextBytes(huge);
        byte[] packedHuge = deflate(huge, 1, Deflater.DEFAULT_STRATEGY);
        List<byte[]> data = samples();
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                int thread = t;
                results.add(threads.submit(() -> {
                    boolean same = true;
                    for (int i = 0; i < 200; i++) {
                        byte[] expected = thread == 0 && i % 50 == 0 ? huge : data.get((thread + i) % data.size());
                        byte[] packed = expected == huge ? packedHuge : deflate(expected, 6, Deflater.DEFAULT_STRATEGY);
                        byte[] out = new byte[expected.length];
                        shared.inflateExactly(packed, 0, packed.length, out, out.length);
                        same &= Arrays.equals(out, expected);
                    }
                    return same;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            threads.shutdown();
        }
    }

    private static byte @Nullable [] attempt(Zlib zlib, byte[] packed, int capacity) {
        byte[] out = new byte[capacity];
        try {
            int produced = zlib.inflate(packed, 0, packed.length, out, capacity);
            return Arrays.copyOf(out, produced);
        } catch (ExrFormatException refused) {
            return null;
        }
    }

    /** Empty, one byte, text (fixed and dynamic blocks), noise (stored blocks), 16-bit ramps like EXR samples. */
    private static List<byte[]> samples() {
        byte[] noise = new byte[70_000];
        new Random(42).nextBytes(noise);
        byte[] ramp = new byte[200_000];
        for (int i = 0; i < ramp.length; i += 2) {
            int half = 0x3c00 + (i / 2 % 4096) / 3;
            ramp[i] = (byte) half;
            ramp[i + 1] = (byte) (half >> 8);
        }
        byte[] text = "the render finished, the render failed, the render is erroring; "
                .repeat(300)
                .getBytes(StandardCharsets.US_ASCII);
        return List.of(new byte[0], new byte[] {42}, text, ramp, noise);
    }

    private static byte[] deflate(byte[] data, int level, int strategy) {
        Deflater deflater = new Deflater(level);
        deflater.setStrategy(strategy);
        deflater.setInput(data);
        deflater.finish();
        byte[] buffer = new byte[data.length + data.length / 100 + 64];
        int length = 0;
        while (!deflater.finished()) {
            length += deflater.deflate(buffer, length, buffer.length - length);
            if (length == buffer.length) {
                buffer = Arrays.copyOf(buffer, 2 * buffer.length);
            }
        }
        deflater.end();
        return Arrays.copyOf(buffer, length);
    }
}
