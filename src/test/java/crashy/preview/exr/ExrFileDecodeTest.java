package crashy.preview.exr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExrFileDecodeTest {

    @Test
    void decodesOnlyTheRequestedChannelsInTheRequestedOrder() throws Exception {
        try (ExrFile file = ExrFile.open(ExrFixtures.file("derived/desk_none.exr"))) {
            List<ExrChannelPixels> pixels = file.decode(0, List.of("R", "A"));

            assertThat(pixels).extracting(p -> p.channel().name()).containsExactly("R", "A");
            assertThat(pixels.get(1).samples()).hasSize(322 * 437).containsOnly(1.0f);
        }
    }

    @Test
    void decodesAnyPartOfAMultipartFileByIndex() throws Exception {
        try (ExrFile file = ExrFile.open(ExrFixtures.file("derived/render_multipart_zip.exr"))) {
            List<ExrChannelPixels> depth = file.decode(2);

            assertThat(depth).singleElement().satisfies(z -> {
                assertThat(z.channel().name()).isEqualTo("Z");
                assertThat(z.width()).isEqualTo(161);
                assertThat(z.samples()).contains(1.0f, 50.0f);
            });
        }
    }

    @Test
    void multipartStereoPartsMatchTheSamePixelsInTheSinglePartFile() throws Exception {
        try (ExrFile multi = ExrFile.open(ExrFixtures.file("Beachball_multipart.0001.exr"));
                ExrFile single = ExrFile.open(ExrFixtures.file("Beachball_singlepart.0001.exr"))) {
            ExrChannelPixels leftRed = multi.decode(4, List.of("R")).get(0);
            ExrChannelPixels sameInSingle = single.decode(0, List.of("left.R")).get(0);
            int dx = multi.part(4).dataWindow().xMin()
                    - single.part(0).dataWindow().xMin();

            for (int y = 0; y < leftRed.height(); y += 7) {
                for (int x = 0; x < leftRed.width(); x += 5) {
                    assertThat(leftRed.sample(x, y)).isEqualTo(sameInSingle.sample(x + dx, y));
                }
            }
        }
    }

    @Test
    void decodesSubsampledChromaAtItsOwnResolution() throws Exception {
        for (String name : List.of("LuminanceChroma_Flowers.exr", "Chromaticities_Rec709_YC.exr")) {
            try (ExrFile file = ExrFile.open(ExrFixtures.file(name))) {
                ExrBox data = file.part(0).dataWindow();
                List<ExrChannelPixels> pixels = file.decode(0, List.of("Y", "RY", "BY"));

                assertThat(pixels.get(0).width()).isEqualTo(data.width());
                assertThat(pixels.get(1).width()).isEqualTo(data.width() / 2);
                assertThat(pixels.get(2).height()).isEqualTo(data.height() / 2);
                assertAllBetween(pixels.get(0).samples(), 0f, 100f);
                assertAllBetween(pixels.get(1).samples(), -10f, 10f);
            }
        }
    }

    @Test
    void decodesAFileWhoseOddLinesHoldNoSamplesAtAll() throws Exception {
        List<ExrChannel> chroma = List.of(
                new ExrChannel("BY", ExrPixelType.HALF, false, 2, 2),
                new ExrChannel("RY", ExrPixelType.HALF, false, 2, 2));
        byte[] bytes = UncompressedExr.write(chroma, 8, 6);

        try (ExrFile file = ExrFile.read(new ByteArrayInput(bytes), ExrLimits.DEFAULT)) {
            ExrChannelPixels ry = file.decode(0, List.of("RY")).get(0);

            assertThat(ry.width()).isEqualTo(4);
            assertThat(ry.height()).isEqualTo(3);
            assertThat(ry.sample(3, 2)).isEqualTo(UncompressedExr.expected(1, 3, 2));
        }
    }

    private static void assertAllBetween(float[] values, float low, float high) {
        for (float value : values) {
            assertThat(value).isBetween(low, high);
        }
    }

    @Test
    void refusesNewerCompressionsNamingThem() throws Exception {
        for (int code : new int[] {10, 11, 12}) {
            try (ExrFile file = ExrFile.read(new ByteArrayInput(withCompression(code)), ExrLimits.DEFAULT)) {
                String name = file.part(0).compression().name();

                assertThat(name).isIn("HTJ2K256", "HTJ2K32", "ZSTD");
                assertThatThrownBy(() -> file.decode(0))
                        .isInstanceOf(UnsupportedExrException.class)
                        .hasMessageContaining(name + " compression is not supported");
            }
        }
    }

    @Test
    void refusesAnUnknownCompressionCodeNamingIt() {
        assertThatThrownBy(() -> ExrFile.read(new ByteArrayInput(withCompression(42)), ExrLimits.DEFAULT))
                .isInstanceOf(UnsupportedExrException.class)
                .hasMessageContaining("compression code 42");
    }

    @Test
    void refusesAChunkClaimingToExpandFurtherThanItsCodecCan() throws Exception {
        byte[] bytes = ExrFixtures.bytes("TestImages_stripes.exr");
        int dataWindow = valueOf(bytes, "dataWindow\0box2i\0");
        LittleEndian.put32(bytes, dataWindow + 8, 16383);

        try (ExrFile file = ExrFile.read(new ByteArrayInput(bytes), ExrLimits.DEFAULT)) {
            assertThatThrownBy(() -> file.decode(0))
                    .isInstanceOf(ExrFormatException.class)
                    .hasMessageContaining("cannot expand");
        }
    }

    private static byte[] withCompression(int code) {
        byte[] bytes = ExrFixtures.bytes("TestImages_stripes.exr");
        bytes[valueOf(bytes, "compression\0compression\0")] = (byte) code;
        return bytes;
    }

    /** Where the value of the attribute with this name and type starts. */
    private static int valueOf(byte[] bytes, String nameAndType) {
        byte[] key = nameAndType.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i + key.length + 4 <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + key.length, key, 0, key.length)) {
                return i + key.length + 4;
            }
        }
        throw new IllegalStateException("no attribute " + nameAndType);
    }

    @Test
    void refusesAnUnknownChannelName() throws Exception {
        try (ExrFile file = ExrFile.open(ExrFixtures.file("derived/desk_none.exr"))) {
            assertThatThrownBy(() -> file.decode(0, List.of("Q")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'Q'");
        }
    }

    @Test
    void refusesADecodeLargerThanTheConfiguredLimit() throws Exception {
        ExrLimits small = new ExrLimits(16384, 16384, 100_000, 1 << 20, 1 << 20, 1 << 16);
        try (ExrFile file = ExrFile.open(ExrFixtures.file("derived/desk_none.exr"), small)) {
            assertThatThrownBy(() -> file.decode(0))
                    .isInstanceOf(ExrFormatException.class)
                    .hasMessageContaining("limit");
        }
    }
}
