package crashy.preview.exr;

import java.util.List;

/**
 * The uncompressed layout of one chunk: for each scanline, top to bottom, the samples of every channel in header
 * order, skipping the lines a subsampled channel has no samples on. Codecs produce exactly this layout, as
 * little-endian 16-bit words, and {@link ChunkWorker} reads the requested channels out of it.
 */
final class ChunkLayout {
    private final ChunkRegion region;
    private final List<ExrChannel> channels;
    private final int[] sampledWidth;
    private final int[] sampledLines;
    private final int totalBytes;

    ChunkLayout(ChunkRegion region, List<ExrChannel> channels) {
        this.region = region;
        this.channels = channels;
        int n = channels.size();
        this.sampledWidth = new int[n];
        this.sampledLines = new int[n];
        long total = 0;
        for (int c = 0; c < n; c++) {
            ExrChannel channel = channels.get(c);
            sampledWidth[c] = region.width() / channel.xSampling();
            sampledLines[c] = sampledCount(region.y(), region.height(), channel.ySampling());
            total += (long) sampledWidth[c] * sampledLines[c] * channel.type().bytes();
        }
        this.totalBytes = (int) total;
    }

    /** How many of the lines {@code [start, start + count)} are multiples of {@code sampling}. */
    static int sampledCount(int start, int count, int sampling) {
        return Math.floorDiv(start + count - 1, sampling) - Math.floorDiv(start - 1, sampling);
    }

    ChunkRegion region() {
        return region;
    }

    int channelCount() {
        return channels.size();
    }

    ExrChannel channel(int c) {
        return channels.get(c);
    }

    ExrPixelType type(int c) {
        return channels.get(c).type();
    }

    /** Samples per line of channel {@code c} in this chunk. */
    int width(int c) {
        return sampledWidth[c];
    }

    /** Lines of channel {@code c} in this chunk. */
    int lines(int c) {
        return sampledLines[c];
    }

    /** Bytes of channel {@code c} in this chunk. */
    int bytes(int c) {
        return sampledWidth[c] * sampledLines[c] * type(c).bytes();
    }

    /** Whether scanline {@code y} (absolute) carries samples of channel {@code c}. */
    boolean hasLine(int c, int y) {
        int sampling = channels.get(c).ySampling();
        return sampling == 1 || Math.floorMod(y, sampling) == 0;
    }

    /** Size of the whole uncompressed chunk. */
    int totalBytes() {
        return totalBytes;
    }
}
