package crashy.preview.exr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Decoding band by band gives every line once, with the same samples as decoding whole planes. */
class ExrFileBandsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "derived/desk_none.exr",
                "derived/desk_dwaa.exr",
                "derived/desk_tiled32_dwaa.exr",
                "Tiles_GoldenGate.exr",
                "LuminanceChroma_Flowers.exr"
            })
    void bandsHoldEveryLineOnceWithTheSamplesOfTheWholePlanes(String fixture) throws Exception {
        try (ExrFile file = ExrFile.open(ExrFixtures.file(fixture))) {
            List<String> names = channelNames(file);
            List<ExrChannelPixels> planes = file.decode(0, names);
            int height = (int) file.part(0).dataWindow().height();
            BitSet rows = new BitSet();
            List<String> mismatches = Collections.synchronizedList(new ArrayList<>());

            file.decode(0, names, lines -> {
                synchronized (rows) {
                    for (int row = lines.firstRow(); row < lines.firstRow() + lines.rows(); row++) {
                        assertThat(rows.get(row)).as("row %d given twice", row).isFalse();
                        rows.set(row);
                    }
                }
                for (int c = 0; c < lines.channelCount(); c++) {
                    compare(lines, c, planes.get(c), names.get(c), mismatches);
                }
            });

            assertThat(rows.cardinality()).isEqualTo(height);
            assertThat(mismatches).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "derived/desk_none.exr",
                "derived/desk_dwaa.exr",
                "derived/desk_tiled32_dwaa.exr",
                "derived/desk_float_zip.exr"
            })
    void aSinkThatTakesHalvesGetsThePatternsOfTheSamePlanes(String fixture) throws Exception {
        try (ExrFile file = ExrFile.open(ExrFixtures.file(fixture))) {
            List<String> names = channelNames(file);
            List<ExrChannelPixels> planes = file.decode(0, names);
            List<String> mismatches = Collections.synchronizedList(new ArrayList<>());

            file.decode(0, names, new ExrLineSink() {
                @Override
                public boolean takesHalves() {
                    return true;
                }

                @Override
                public void accept(ExrLines lines) {
                    for (int c = 0; c < lines.channelCount(); c++) {
                        char[] halves = lines.halves(c);
                        boolean half = lines.channel(c).type() == ExrPixelType.HALF;
                        if (half != (halves != null)) {
                            mismatches.add(names.get(c) + " comes as " + (half ? "floats" : "halves"));
                            continue;
                        }
                        compare(lines, c, planes.get(c), names.get(c), mismatches);
                    }
                }
            });

            assertThat(mismatches).isEmpty();
        }
    }

    @Test
    void refusesAChannelAskedForTwice() throws Exception {
        try (ExrFile file = ExrFile.open(ExrFixtures.file("derived/desk_none.exr"))) {
            assertThatThrownBy(() -> file.decode(0, List.of("R", "R"), lines -> {}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("twice");
        }
    }

    /**
     * Adds to {@code mismatches} each sample of the band's channel {@code c} (as floats, or as half patterns when the
     * band has them) whose bits differ from the whole plane's.
     */
    private static void compare(ExrLines lines, int c, ExrChannelPixels plane, String name, List<String> mismatches) {
        char[] halves = lines.halves(c);
        for (int line = 0; line < lines.lines(c); line++) {
            for (int x = 0; x < lines.width(c); x++) {
                int at = line * lines.width(c) + x;
                float band = halves != null ? HalfFloat.toFloat(halves[at]) : lines.samples(c)[at];
                float whole = plane.sample(x, lines.firstLine(c) + line);
                if (Float.floatToIntBits(band) != Float.floatToIntBits(whole)) {
                    mismatches.add(name + " line " + (lines.firstLine(c) + line) + " x " + x);
                }
            }
        }
    }

    /** Every channel of the first part, by name: the bands of these are compared with the whole planes. */
    private static List<String> channelNames(ExrFile file) {
        List<String> names = new ArrayList<>();
        file.part(0).channels().forEach(channel -> names.add(channel.name()));
        return names;
    }
}
