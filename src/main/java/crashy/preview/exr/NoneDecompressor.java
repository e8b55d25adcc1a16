package crashy.preview.exr;

/** NONE: chunks are stored raw, so any stored size other than the raw size is an error. */
final class NoneDecompressor implements Decompressor {

    @Override
    public long maxExpansion() {
        return 1;
    }

    @Override
    public void decompress(byte[] in, int length, char[] out, ChunkLayout layout) throws ExrFormatException {
        throw new ExrFormatException("an uncompressed chunk has the wrong size " + length);
    }
}
