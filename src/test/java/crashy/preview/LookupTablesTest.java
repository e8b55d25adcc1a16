package crashy.preview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The preview's tables are built the quick way for a cold start; every entry must be what the plain formula gives. */
class LookupTablesTest {

    @Test
    void srgbTableHoldsTheCurvesCodeForEveryStep() {
        int[] table = PictureMaker.srgbTable();

        assertThat(table).hasSize(65536);
        for (int i = 0; i < table.length; i++) {
            assertThat(table[i]).as("step %d", i).isEqualTo(PictureMaker.code(i, table.length - 1));
        }
        assertThat(table[0]).isZero();
        assertThat(table[65535]).isEqualTo(255);
    }

    @Test
    void safeHalvesAreTheValuesOfPositiveFiniteHalvesAndZeroOtherwise() {
        float[] table = AcrossFilter.safeHalves();

        for (int half = 0; half < 65536; half++) {
            int exponent = half >> 10 & 0x1f;
            int mantissa = half & 0x3ff;
            float expected;
            if (half >= 0x8000 || exponent == 0x1f) {
                expected = half == 0x7c00 ? 65504f : 0f;
            } else if (exponent == 0) {
                expected = Math.scalb((float) mantissa, -24);
            } else {
                expected = Math.scalb((float) (mantissa | 0x400), exponent - 25);
            }
            assertThat(table[half]).as("half %04x", half).isEqualTo(expected);
        }
    }
}
