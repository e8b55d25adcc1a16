package crashy.preview.exr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TileLevelsTest {
    private static final ExrBox BOX_512 = new ExrBox(0, 0, 511, 511);

    @Test
    void countsTheTilesOfEveryMipmapLevel() throws Exception {
        ExrTiles tiles = new ExrTiles(64, 64, ExrTiles.LevelMode.MIPMAP_LEVELS, ExrTiles.RoundingMode.ROUND_DOWN);

        TileLevels levels = TileLevels.of(tiles, BOX_512, ExrLimits.DEFAULT);

        // 8x8 + 4x4 + 2x2 tiles, then seven levels of one tile (64 down to 1 pixel)
        assertThat(levels.totalCount()).isEqualTo(64 + 16 + 4 + 7);
        assertThat(levels.level0Count()).isEqualTo(64);
        assertThat(levels.level0Across()).isEqualTo(8);
    }

    @Test
    void countsEveryCombinationOfRipmapLevels() throws Exception {
        ExrTiles tiles = new ExrTiles(32, 32, ExrTiles.LevelMode.RIPMAP_LEVELS, ExrTiles.RoundingMode.ROUND_UP);

        TileLevels levels = TileLevels.of(tiles, new ExrBox(0, 0, 99, 49), ExrLimits.DEFAULT);

        // widths 100, 50, 25, 13, 7, 4, 2, 1 -> 4+2+1+1+1+1+1+1 = 12 columns; heights 50, 25, 13, 7, 4, 2, 1 -> 2+6 = 8
        assertThat(levels.totalCount()).isEqualTo(12 * 8);
        assertThat(levels.level0Count()).isEqualTo(4 * 2);
    }

    @Test
    void refusesMoreTilesThanTheLimit() {
        ExrTiles tiles = new ExrTiles(1, 1, ExrTiles.LevelMode.ONE_LEVEL, ExrTiles.RoundingMode.ROUND_DOWN);

        assertThatThrownBy(() -> TileLevels.of(tiles, new ExrBox(0, 0, 4095, 4095), ExrLimits.DEFAULT))
                .isInstanceOf(ExrFormatException.class)
                .hasMessageContaining("tiles");
    }
}
