package crashy.preview.exr;

import java.util.Objects;

/**
 * The {@code tiles} attribute of a tiled part: tile size, resolution levels and how level sizes round.
 *
 * @param xSize tile width in pixels
 * @param ySize tile height in pixels
 * @param levelMode one level, a mipmap or a ripmap
 * @param roundingMode how the size of a smaller level is rounded
 */
public record ExrTiles(int xSize, int ySize, LevelMode levelMode, RoundingMode roundingMode) {

    public ExrTiles {
        Objects.requireNonNull(levelMode);
        Objects.requireNonNull(roundingMode);
    }

    /** Which resolution levels a tiled part stores. */
    public enum LevelMode {
        ONE_LEVEL,
        MIPMAP_LEVELS,
        RIPMAP_LEVELS
    }

    /** Whether level sizes are rounded down or up when halving. */
    public enum RoundingMode {
        ROUND_DOWN,
        ROUND_UP
    }
}
