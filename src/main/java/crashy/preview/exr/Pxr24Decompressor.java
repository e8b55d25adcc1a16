package crashy.preview.exr;

/**
 * PXR24: zlib over, per line and channel, the byte planes of the differences between neighbouring samples; floats
 * keep only their upper 24 bits.
 */
final class Pxr24Decompressor implements Decompressor {
    private final Zlib zlib = new Zlib();
    private byte[] planes = new byte[0];

    /** Deflate's limit, times 4/3 for floats stored in 24 bits. */
    @Override
    public long maxExpansion() {
        return 1400;
    }

    @Override
    public void decompress(byte[] in, int length, char[] out, ChunkLayout layout) throws ExrFormatException {
        int capacity = layout.totalBytes();
        planes = Buffers.atLeast(planes, capacity);
        int available = zlib.inflate(in, 0, length, planes, capacity);
        int from = 0;
        int o = 0;
        ChunkRegion region = layout.region();
        for (int y = region.y(); y < region.y() + region.height(); y++) {
            for (int c = 0; c < layout.channelCount(); c++) {
                if (!layout.hasLine(c, y)) {
                    continue;
                }
                int w = layout.width(c);
                int planeCount = layout.type(c) == ExrPixelType.FLOAT
                        ? 3
                        : layout.type(c).bytes();
                if (from + planeCount * w > available) {
                    throw new ExrFormatException("PXR24 data is shorter than its chunk");
                }
                line(layout.type(c), from, w, out, o);
                from += planeCount * w;
                o += w * layout.type(c).bytes() / 2;
            }
        }
    }

    private void line(ExrPixelType type, int from, int w, char[] out, int o) {
        int pixel = 0;
        for (int x = 0; x < w; x++) {
            switch (type) {
                case HALF -> {
                    pixel += ((planes[from + x] & 0xff) << 8) | (planes[from + w + x] & 0xff);
                    out[o + x] = (char) pixel;
                }
                case FLOAT -> {
                    pixel += ((planes[from + x] & 0xff) << 24)
                            | ((planes[from + w + x] & 0xff) << 16)
                            | ((planes[from + 2 * w + x] & 0xff) << 8);
                    out[o + 2 * x] = (char) pixel;
                    out[o + 2 * x + 1] = (char) (pixel >>> 16);
                }
                case UINT -> {
                    pixel += ((planes[from + x] & 0xff) << 24)
                            | ((planes[from + w + x] & 0xff) << 16)
                            | ((planes[from + 2 * w + x] & 0xff) << 8)
                            | (planes[from + 3 * w + x] & 0xff);
                    out[o + 2 * x] = (char) pixel;
                    out[o + 2 * x + 1] = (char) (pixel >>> 16);
                }
            }
        }
    }
}
