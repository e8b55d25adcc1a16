package crashy.preview.exr;

/** RLE: {@link RunLength}, then {@link ByteShuffle}. */
final class RleDecompressor implements Decompressor {
    private byte[] scratch = new byte[0];
    private byte[] bytes = new byte[0];

    /** A two-byte run makes at most 128 bytes. */
    @Override
    public long maxExpansion() {
        return 64;
    }

    @Override
    public void decompress(byte[] in, int length, char[] out, ChunkLayout layout) throws ExrFormatException {
        int expected = layout.totalBytes();
        scratch = Buffers.atLeast(scratch, expected);
        if (RunLength.decode(in, 0, length, scratch, expected) != expected) {
            throw new ExrFormatException("run-length data is shorter than its chunk");
        }
        bytes = Buffers.atLeast(bytes, expected);
        ByteShuffle.unpredictToWords(scratch, bytes, out, expected);
    }
}
