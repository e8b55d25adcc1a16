package crashy.preview.exr;

/**
 * Turns the stored bytes of one chunk into its {@link ChunkLayout}, as 16-bit little-endian words: {@code out[i]}
 * holds bytes {@code 2i} and {@code 2i + 1} (every sample is two or four bytes). Most codecs decode 16-bit values,
 * which would otherwise be split into bytes only to be put together again. An instance belongs to one worker thread
 * and may keep scratch buffers between chunks; implementations must throw {@link ExrFormatException} rather than write
 * past {@code out[0, layout.totalBytes() / 2)} or read past {@code in[0, length)}.
 */
interface Decompressor {

    void decompress(byte[] in, int length, char[] out, ChunkLayout layout) throws ExrFormatException;

    /**
     * An upper bound of uncompressed bytes per stored byte, for refusing a chunk that claims an impossible size
     * before its buffers are allocated. Deflate cannot expand more than 1032 times.
     */
    long maxExpansion();

    /** A fresh decompressor for one worker; stored-size-equals-raw-size chunks never reach it. */
    static Decompressor create(ExrCompression compression) throws UnsupportedExrException {
        return switch (compression) {
            case NONE -> new NoneDecompressor();
            case RLE -> new RleDecompressor();
            case ZIPS, ZIP -> new ZipDecompressor();
            case PIZ -> new PizDecompressor();
            case PXR24 -> new Pxr24Decompressor();
            case B44, B44A -> new B44Decompressor();
            case DWAA, DWAB -> new DwaDecompressor();
            case HTJ2K256, HTJ2K32, ZSTD ->
                throw new UnsupportedExrException(compression + " compression is not supported");
        };
    }
}
