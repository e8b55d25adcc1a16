package crashy.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import crashy.preview.exr.ExrChromaticities;
import org.junit.jupiter.api.Test;

class PrimariesTest {

    @Test
    void rec709PrimariesNeedNoConversionWhetherTheDefaultOrReadFromAFile() {
        ExrChromaticities fromFile = new ExrChromaticities(0.64f, 0.33f, 0.30f, 0.60f, 0.15f, 0.06f, 0.3127f, 0.3290f);

        assertThat(Primaries.toRec709(ExrChromaticities.REC709)).isNull();
        assertThat(Primaries.toRec709(fromFile)).isNull();
    }

    @Test
    void otherPrimariesGetAMatrixThatKeepsWhiteWhite() {
        ExrChromaticities acesAp0 =
                new ExrChromaticities(0.7347f, 0.2653f, 0.0f, 1.0f, 0.0001f, -0.077f, 0.32168f, 0.33767f);
        ExrChromaticities slightlyOff =
                new ExrChromaticities(0.64f, 0.33f, 0.30f, 0.60f, 0.15f, 0.06f, 0.3127f, 0.3291f);

        float[] matrix = Primaries.toRec709(acesAp0);

        assertThat(matrix).hasSize(9);
        assertThat(Primaries.toRec709(slightlyOff)).isNotNull();
        float[] red = {1};
        float[] green = {1};
        float[] blue = {1};
        Primaries.apply(matrix, red, green, blue, 1);
        // ACES white (D60) is not D65, but without adaptation a grey stays close to grey.
        assertThat(red[0]).isCloseTo(green[0], within(0.15f));
        assertThat(blue[0]).isCloseTo(green[0], within(0.15f));
    }
}
