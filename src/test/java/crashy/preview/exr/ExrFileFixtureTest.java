package crashy.preview.exr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture of {@code expected-decode.tsv} decodes to exactly the pixels OpenEXR decodes, or fails as listed, with
 * either inflater.
 */
class ExrFileFixtureTest {

    static Stream<Arguments> fixtures() {
        return Inflation.each(ExrFixtures.expectedDecodes());
    }

    @AfterEach
    void backToTheJdk() {
        Inflation.reset();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("fixtures")
    void decodesEachFixtureLikeTheReferenceDecoder(ExrFixtures.Expected expected, Inflation inflation)
            throws Exception {
        inflation.use();
        if (expected.reference().startsWith("expected to FAIL")) {
            assertThatThrownBy(() -> decodeFirstPart(expected)).isInstanceOf(ExrFormatException.class);
        } else if (expected.reference().contains("deep")) {
            assertThatThrownBy(() -> decodeFirstPart(expected))
                    .isInstanceOf(UnsupportedExrException.class)
                    .hasMessageContaining("deep images are not supported");
        } else if (!expected.isHashed()) {
            assertThat(decodeFirstPart(expected)).isNotEmpty();
        } else {
            List<ExrChannelPixels> pixels = decodeFirstPart(expected);
            String names = pixels.stream().map(p -> p.channel().name()).collect(Collectors.joining(","));
            assertThat(names).isEqualTo(expected.channels());
            assertThat(pixels.get(0).width() + "x" + pixels.get(0).height()).isEqualTo(expected.size());
            assertThat(sha256(pixels)).isEqualTo(expected.sha256());
        }
    }

    private static List<ExrChannelPixels> decodeFirstPart(ExrFixtures.Expected expected) throws Exception {
        try (ExrFile file = ExrFile.open(expected.path())) {
            return file.decode(0);
        }
    }

    /** The recipe of the tsv header: each channel's samples as little-endian float32 bits, channels in file order. */
    static String sha256(List<ExrChannelPixels> pixels) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (ExrChannelPixels channel : pixels) {
            float[] samples = channel.samples();
            ByteBuffer bytes = ByteBuffer.allocate(samples.length * 4).order(ByteOrder.LITTLE_ENDIAN);
            for (float sample : samples) {
                bytes.putInt(Float.floatToIntBits(sample));
            }
            digest.update(bytes.array());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
