package crashy.preview.exr;

/**
 * Tile counts of a tiled part over its resolution levels, computed the way OpenEXR does so that the offset table
 * length matches the writer's even for mipmaps and ripmaps.
 */
record TileLevels(int tileWidth, int tileHeight, int level0Across, int level0Count, int totalCount) {

    static TileLevels of(ExrTiles tiles, ExrBox data, ExrLimits limits) throws ExrFormatException {
        int tw = tiles.xSize();
        int th = tiles.ySize();
        if (tw < 1 || th < 1 || tw > Integer.MAX_VALUE / 4 || th > Integer.MAX_VALUE / 4) {
            throw new ExrFormatException("invalid tile size " + tw + "x" + th);
        }
        long w = data.width();
        long h = data.height();
        boolean up = tiles.roundingMode() == ExrTiles.RoundingMode.ROUND_UP;
        int levelsX;
        int levelsY;
        switch (tiles.levelMode()) {
            case ONE_LEVEL -> {
                levelsX = 1;
                levelsY = 1;
            }
            case MIPMAP_LEVELS -> {
                levelsX = log2(Math.max(w, h), up) + 1;
                levelsY = levelsX;
            }
            case RIPMAP_LEVELS -> {
                levelsX = log2(w, up) + 1;
                levelsY = log2(h, up) + 1;
            }
            default -> throw new IllegalStateException("unknown level mode " + tiles.levelMode());
        }
        long total = 0;
        long sumX = 0;
        long sumY = 0;
        for (int l = 0; l < Math.max(levelsX, levelsY); l++) {
            long across = l < levelsX ? count(w, l, tw, up) : 0;
            long down = l < levelsY ? count(h, l, th, up) : 0;
            sumX += across;
            sumY += down;
            total += across * down;
        }
        if (tiles.levelMode() == ExrTiles.LevelMode.RIPMAP_LEVELS) {
            total = sumX * sumY;
        }
        if (total > limits.maxChunks()) {
            throw new ExrFormatException("part has " + total + " tiles, more than the limit " + limits.maxChunks());
        }
        int across = (int) count(w, 0, tw, up);
        return new TileLevels(
                (int) Math.min(tw, w), (int) Math.min(th, h), across, across * (int) count(h, 0, th, up), (int) total);
    }

    private static long count(long size, int level, int tile, boolean up) {
        long levelSize = size >> level;
        if (up && (levelSize << level) < size) {
            levelSize++;
        }
        levelSize = Math.max(1, levelSize);
        return (levelSize + tile - 1) / tile;
    }

    private static int log2(long x, boolean up) {
        int y = 0;
        boolean remainder = false;
        while (x > 1) {
            remainder |= (x & 1) != 0;
            y++;
            x >>= 1;
        }
        return up && remainder ? y + 1 : y;
    }
}
