package crashy.preview.exr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Tables built the quick way for a cold start hold what the plain conversions give, for all 65,536 halves. */
class HalfTablesTest {

    @Test
    void halfToFloatTableMatchesTheGeneralConversionBitForBit() {
        for (int half = 0; half < 65536; half++) {
            assertThat(Float.floatToRawIntBits(HalfFloat.toFloat(half)))
                    .as("half %04x", half)
                    .isEqualTo(HalfFloat.toFloatBits(half));
        }
    }

    @Test
    void dwaToLinearTableMatchesTheCurveForEveryHalf() {
        char[] table = DwaToLinear.build();

        for (int x = 0; x < 65536; x++) {
            int expected = 0;
            if (x != 0 && (x & 0x7c00) != 0x7c00) {
                float f = HalfFloat.toFloat(x);
                float sign = f < 0 ? -1f : 1f;
                float magnitude = Math.abs(f);
                float linear = magnitude <= 1f
                        ? (float) Math.pow(magnitude, 2.2f)
                        : (float) Math.pow(9.02501329156f, magnitude - 1f);
                expected = HalfFloat.fromFloat(sign * linear);
            }
            assertThat((int) table[x]).as("half %04x", x).isEqualTo(expected);
        }
    }
}
