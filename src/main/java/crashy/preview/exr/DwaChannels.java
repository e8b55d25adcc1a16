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
    private final byte[] out;
    private final int[][] rows;

    DwaChannels(ChunkLayout layout, int[] schemes, byte[] out) {
        this.layout = layout;
        this.schemes = schemes;
        this.out = out;
        this.rows = rowOffsets(layout);
    }

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
                    o += layout.width(c) * layout.type(c).bytes();
                }
            }
        }
        return rows;
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
        int size = layout.type(c).bytes();
        int planeSize = width * layout.lines(c);
        for (int k = 0; k < rows[c].length; k++) {
            int o = rows[c][k];
            for (int x = 0; x < width; x++) {
                for (int b = 0; b < size; b++) {
                    out[o++] = planes[base + b * planeSize + k * width + x];
                }
            }
        }
    }

    private void copyRows(int c, byte[] data, int base) {
        int rowBytes = layout.width(c) * layout.type(c).bytes();
        for (int k = 0; k < rows[c].length; k++) {
            System.arraycopy(data, base + k * rowBytes, out, rows[c][k], rowBytes);
        }
    }
}
