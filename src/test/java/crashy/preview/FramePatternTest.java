package crashy.preview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FramePatternTest {

    @Test
    void padsToTheNumberOfHashes() {
        assertThat(FramePattern.frame("beauty.####.exr", 7)).isEqualTo("beauty.0007.exr");
        assertThat(FramePattern.frame("beauty.#.exr", 7)).isEqualTo("beauty.7.exr");
        assertThat(FramePattern.frame("####.png", 12345)).isEqualTo("12345.png");
    }

    @Test
    void understandsPrintfAndHoudiniTokens() {
        assertThat(FramePattern.frame("shot_%04d.exr", 21)).isEqualTo("shot_0021.exr");
        assertThat(FramePattern.frame("shot_%d.exr", 21)).isEqualTo("shot_21.exr");
        assertThat(FramePattern.frame("fx.$F4.exr", 3)).isEqualTo("fx.0003.exr");
        assertThat(FramePattern.frame("fx.$F.exr", 3)).isEqualTo("fx.3.exr");
    }

    @Test
    void writesNegativeFramesWithTheSignInsideThePadding() {
        assertThat(FramePattern.frame("pre.####.exr", -5)).isEqualTo("pre.-005.exr");
    }

    @Test
    void leavesANameWithoutATokenAlone() {
        assertThat(FramePattern.frame("still.exr", 5)).isEqualTo("still.exr");
        assertThat(FramePattern.hasToken("still.exr")).isFalse();
    }

    @Test
    void matchesTheNamesOfThePatternsFramesAndTakesOutTheNumber() {
        var houdini = FramePattern.matcher("fx.$F4.exr").matcher("fx.0012.exr");
        assertThat(houdini.matches()).isTrue();
        assertThat(houdini.group(1)).isEqualTo("0012");
        assertThat(FramePattern.matcher("shot_%04d.exr")
                        .matcher("shot_-003.exr")
                        .matches())
                .isTrue();
        assertThat(FramePattern.matcher("a.(1)+.####.exr")
                        .matcher("a.(1)+.0001.exr")
                        .matches())
                .isTrue();
        assertThat(FramePattern.matcher("beauty.####.exr")
                        .matcher("beauty.0001.exr.partial")
                        .matches())
                .isFalse();
        assertThat(FramePattern.matcher("beauty.####.exr")
                        .matcher("beauty.abcd.exr")
                        .matches())
                .isFalse();
    }
}
