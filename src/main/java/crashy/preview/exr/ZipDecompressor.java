package crashy.preview.exr;

/** ZIP and ZIPS: zlib, then {@link ByteShuffle}. */
final class ZipDecompressor implements Decompressor {
    private final Zlib zlib = new Zlib();
    private byte[] scratch = new byte[0];
    private byte[] bytes = new byte[0];

    /** Deflate's limit. */
    @Override
    public long maxExpansion() {
        return 1032;
    }

    @Override
    public void decompress(byte[] in, int length, char[] out, ChunkLayout layout) throws ExrFormatException {
        int expected = layout.totalBytes();
        scratch = Buffers.atLeast(scratch, expected);
        zlib.inflateExactly(in, 0, length, scratch, expected);
        bytes = Buffers.atLeast(bytes, expected);
        ByteShuffle.unpredictToWords(scratch, bytes, out, expected);
    }
}
