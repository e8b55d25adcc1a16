package crashy.preview.exr;

/**
 * PIZ and B44 decode each channel as one plane of 16-bit words (two words per 32-bit sample, low word first); this
 * copies such planes line by line into the {@link ChunkLayout}'s words.
 */
final class Planes {
    private Planes() {}

    static void interleave(char[] planes, ChunkLayout layout, char[] out) {
        int channels = layout.channelCount();
        int[] next = new int[channels];
        for (int c = 1; c < channels; c++) {
            next[c] = next[c - 1] + layout.bytes(c - 1) / 2;
        }
        ChunkRegion region = layout.region();
        int o = 0;
        for (int y = region.y(); y < region.y() + region.height(); y++) {
            for (int c = 0; c < channels; c++) {
                if (!layout.hasLine(c, y)) {
                    continue;
                }
                int words = layout.width(c) * layout.type(c).bytes() / 2;
                System.arraycopy(planes, next[c], out, o, words);
                o += words;
                next[c] += words;
            }
        }
    }
}
