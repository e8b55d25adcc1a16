package crashy.preview.exr;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The validated geometry of one part: how its data window is cut into chunks, how many offset table entries it has,
 * and where each chunk of resolution level 0 lies. All sizes are checked against {@link ExrLimits} here, before any
 * pixel memory is allocated.
 */
final class PartLayout {
    private static final long LARGE = Integer.MAX_VALUE / 2;

    private final ExrHeader header;
    private final int width;
    private final int height;
    private final int linesPerChunk;
    private final int tileWidth;
    private final int tileHeight;
    private final int tilesAcross;
    private final int level0Chunks;
    private final int chunkCount;

    private PartLayout(ExrHeader header, ExrLimits limits) throws ExrFormatException {
        this.header = header;
        ExrBox data = header.dataWindow();
        checkWindow("data", data);
        checkWindow("display", header.displayWindow());
        if (data.width() > limits.maxWidth() || data.height() > limits.maxHeight()) {
            throw new ExrFormatException("data window " + data.width() + "x" + data.height() + " exceeds the limit of "
                    + limits.maxWidth() + "x" + limits.maxHeight());
        }
        this.width = (int) data.width();
        this.height = (int) data.height();
        float aspect = header.pixelAspectRatio();
        if (!(aspect >= 1e-6f && aspect <= 1e6f)) {
            throw new ExrFormatException("invalid pixel aspect ratio " + aspect);
        }
        checkChannels(header);
        TileLevels levels =
                header.tiles().isPresent() ? TileLevels.of(header.tiles().get(), data, limits) : null;
        if (levels == null) {
            this.linesPerChunk = header.compression().linesPerChunk();
            this.tileWidth = width;
            this.tileHeight = linesPerChunk;
            this.tilesAcross = 1;
            this.level0Chunks = (int) ((height + (long) linesPerChunk - 1) / linesPerChunk);
            this.chunkCount = level0Chunks;
        } else {
            this.linesPerChunk = 0;
            this.tileWidth = levels.tileWidth();
            this.tileHeight = levels.tileHeight();
            this.tilesAcross = levels.level0Across();
            this.level0Chunks = levels.level0Count();
            this.chunkCount = levels.totalCount();
        }
        if (chunkCount > limits.maxChunks()) {
            throw new ExrFormatException(
                    "part has " + chunkCount + " chunks, more than the limit " + limits.maxChunks());
        }
        if (fullChunkBytes() > limits.maxChunkBytes()) {
            throw new ExrFormatException("one chunk would hold " + fullChunkBytes() + " bytes, more than the limit "
                    + limits.maxChunkBytes());
        }
    }

    static PartLayout of(ExrHeader header, ExrLimits limits) throws ExrFormatException {
        return new PartLayout(header, limits);
    }

    private static void checkWindow(String which, ExrBox box) throws ExrFormatException {
        if (box.xMin() > box.xMax()
                || box.yMin() > box.yMax()
                || Math.abs((long) box.xMin()) >= LARGE
                || Math.abs((long) box.yMin()) >= LARGE
                || Math.abs((long) box.xMax()) >= LARGE
                || Math.abs((long) box.yMax()) >= LARGE) {
            throw new ExrFormatException("invalid " + which + " window " + box);
        }
    }

    private static void checkChannels(ExrHeader header) throws ExrFormatException {
        List<ExrChannel> channels = header.channels();
        if (channels.isEmpty()) {
            throw new ExrFormatException("part " + header.index() + " has no channels");
        }
        boolean subsamplingAllowed = header.storage() == ExrStorage.SCANLINE;
        ExrBox data = header.dataWindow();
        Set<String> names = new HashSet<>();
        for (ExrChannel c : channels) {
            if (!names.add(c.name())) {
                throw new ExrFormatException("channel '" + c.name() + "' is listed twice");
            }
            int xs = c.xSampling();
            int ys = c.ySampling();
            if (xs < 1 || ys < 1 || (!subsamplingAllowed && (xs != 1 || ys != 1))) {
                throw new ExrFormatException("channel '" + c.name() + "' has invalid sampling " + xs + "x" + ys);
            }
            if (data.xMin() % xs != 0 || data.yMin() % ys != 0 || data.width() % xs != 0 || data.height() % ys != 0) {
                throw new ExrFormatException(
                        "channel '" + c.name() + "' sampling " + xs + "x" + ys + " does not fit the data window");
            }
        }
    }

    ExrHeader header() {
        return header;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    /** Offset table entries of the part, all resolution levels included. */
    int chunkCount() {
        return chunkCount;
    }

    /** Chunks that make up resolution level 0; they come first in the offset table. */
    int level0Chunks() {
        return level0Chunks;
    }

    boolean isTiled() {
        return linesPerChunk == 0;
    }

    /** Uncompressed bytes of a full-sized chunk, the upper bound of any chunk's stored size. */
    long fullChunkBytes() {
        long bytes = 0;
        for (ExrChannel c : header.channels()) {
            bytes += (long) c.type().bytes() * (tileWidth / c.xSampling()) * ceilDiv(tileHeight, c.ySampling());
        }
        return bytes;
    }

    private static long ceilDiv(int a, int b) {
        return ((long) a + b - 1) / b;
    }

    /** Bands of whole lines that level 0 is decoded in: each scanline chunk, or each row of tiles. */
    int bandCount() {
        return (level0Chunks + tilesAcross - 1) / tilesAcross;
    }

    /** Rows of the tallest band. */
    int bandRows() {
        return Math.min(tileHeight, height);
    }

    /** The first chunk of band {@code band}; it has {@link #chunksInBand()} (fewer for the last band). */
    int firstChunk(int band) {
        return band * tilesAcross;
    }

    int chunksInBand() {
        return tilesAcross;
    }

    ChunkRegion region(int chunk) {
        ExrBox data = header.dataWindow();
        int column = chunk % tilesAcross;
        int row = chunk / tilesAcross;
        int x = column * tileWidth;
        int y = row * tileHeight;
        return new ChunkRegion(
                chunk,
                column,
                row,
                data.xMin() + x,
                data.yMin() + y,
                Math.min(tileWidth, width - x),
                Math.min(tileHeight, height - y));
    }
}
