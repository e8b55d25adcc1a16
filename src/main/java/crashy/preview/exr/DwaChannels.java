package crashy.preview.exr;

import java.util.List;

/**
 * Writes every channel of a DWA chunk into the scanline layout once the sections are unpacked: colour triples and
 * other lossy channels through {@link LossyDct}, RLE channels by re-interleaving their byte planes, and zlib
 * ("unknown") channels by copying their rows. Lossy channels take their AC and DC values in this order.
 */
final class DwaChannels {
    private final ChunkLayout layout;
    private final int[] schemes;
    private final char[] out;
    private final int[][] rows;

    DwaChannels(ChunkLayout layout, int[] schemes, char[] out) {
        this.layout = layout;
        this.schemes = schemes;
        this.out = out;
        this.rows = rowOffsets(layout);
    }

    /** Per channel, where each of its lines starts in the chunk's words. */
    private static int[][] rowOffsets(ChunkLayout layout) {
        int channels = layout.channelCount();
        int[][] rows = new int[channels][];
        int[] next = new int[channels];
        for (int c = 0; c < channels; c++) {
            rows[c] = new int[layout.lines(c)];
        }
        ChunkRegion region = layout.region();
        int o = 0;
        for (int y = region.y(); y < region.y() + region.height(); y++) {
            for (int c = 0; c < channels; c++) {
                if (layout.hasLine(c, y)) {
                    rows[c][next[c]++] = o;
                    o += layout.width(c) * layout.type(c).bytes() / 2;
                }
            }
        }
        return rows;
    }

    /**
     * Whether {@link #decode} writes every word of the chunk, so that it need not be cleared first (a 4K scanline
     * chunk is a megabyte). Only a lossy UINT channel is not: its lines get half samples in their first half.
     */
    static boolean coversAll(ChunkLayout layout, int[] schemes) {
        for (int c = 0; c < schemes.length; c++) {
            if (schemes[c] == DwaRules.LOSSY_DCT && layout.type(c) == ExrPixelType.UINT) {
                return false;
            }
        }
        return true;
    }

    void decode(List<DwaRules.Rule> rules, LossyDct lossy, LossyDct.Streams streams, byte[] unknown, byte[] rle)
            throws ExrFormatException {
        boolean[] done = new boolean[schemes.length];
        for (int[] rgb : DwaRules.colourTriples(rules, layout)) {
            for (int c : rgb) {
                if (schemes[c] != DwaRules.LOSSY_DCT) {
                    throw DwaDecompressor.corrupt("pairs a colour channel with a lossless one");
                }
                done[c] = true;
            }
            int[][] triple = {rows[rgb[0]], rows[rgb[1]], rows[rgb[2]]};
            ExrPixelType[] types = {layout.type(rgb[0]), layout.type(rgb[1]), layout.type(rgb[2])};
            lossy.decode(streams, triple, types, layout.width(rgb[0]), layout.lines(rgb[0]), true, out);
        }
        int unknownAt = 0;
        int rleAt = 0;
        for (int c = 0; c < schemes.length; c++) {
            int bytes = layout.bytes(c);
            if (done[c] || bytes == 0) {
                continue;
            }
            switch (schemes[c]) {
                case DwaRules.LOSSY_DCT ->
                    lossy.decode(
                            streams,
                            new int[][] {rows[c]},
                            new ExrPixelType[] {layout.type(c)},
                            layout.width(c),
                            layout.lines(c),
                            !layout.channel(c).perceptuallyLinear(),
                            out);
                case DwaRules.RLE -> {
                    interleavePlanes(c, rle, rleAt);
                    rleAt += bytes;
                }
                default -> {
                    copyRows(c, unknown, unknownAt);
                    unknownAt += bytes;
                }
            }
        }
    }

    /** RLE channels were stored as one plane per byte of the sample (all low bytes, then all high bytes). */
    private void interleavePlanes(int c, byte[] planes, int base) {
        int width = layout.width(c);
        int words = layout.type(c).bytes() / 2;
        int planeSize = width * layout.lines(c);
        for (int k = 0; k < rows[c].length; k++) {
            int o = rows[c][k];
            for (int w = 0; w < words; w++) {
                int low = base + 2 * w * planeSize + k * width;
                int high = low + planeSize;
                for (int x = 0; x < width; x++) {
                    out[o + words * x + w] = (char) ((planes[low + x] & 0xff) | (planes[high + x] & 0xff) << 8);
                }
            }
        }
    }

    private void copyRows(int c, byte[] data, int base) {
        int rowWords = layout.width(c) * layout.type(c).bytes() / 2;
        for (int k = 0; k < rows[c].length; k++) {
            LittleEndian.toWords(data, base + 2 * k * rowWords, out, rows[c][k], rowWords);
        }
    }
}
