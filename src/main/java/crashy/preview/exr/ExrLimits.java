package crashy.preview.exr;

/**
 * Upper bounds checked before anything is allocated, so that a hostile or broken file fails fast with an {@link
 * ExrFormatException} instead of exhausting memory.
 *
 * @param maxWidth largest accepted data window width, in pixels
 * @param maxHeight largest accepted data window height, in pixels
 * @param maxDecodedBytes largest total size of the float arrays one decode call may return
 * @param maxChunkBytes largest uncompressed size of one chunk (scanline block or tile)
 * @param maxHeaderBytes largest size of the header section (all parts' attributes)
 * @param maxChunks largest number of chunks (offset table entries) of one part
 */
public record ExrLimits(
        int maxWidth, int maxHeight, long maxDecodedBytes, int maxChunkBytes, int maxHeaderBytes, int maxChunks) {

    /** 16384 × 16384 pixels, 1 GiB of decoded floats, 256 MiB per chunk, 16 MiB of headers, 4 Mi chunks. */
    public static final ExrLimits DEFAULT = new ExrLimits(16384, 16384, 1L << 30, 256 << 20, 16 << 20, 1 << 22);

    public ExrLimits {
        if (maxWidth < 1 || maxHeight < 1 || maxDecodedBytes < 1 || maxChunkBytes < 1 || maxHeaderBytes < 8) {
            throw new IllegalArgumentException("EXR limits must be positive");
        }
        if (maxChunks < 1) {
            throw new IllegalArgumentException("EXR limits must be positive");
        }
    }
}
