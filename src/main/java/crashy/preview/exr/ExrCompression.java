package crashy.preview.exr;

/**
 * The compression codes of EXR, with the number of scanlines per chunk each one uses. The position of a constant is
 * its code in the file; the last three are OpenEXR 3.4 and 3.5 additions, recognised only to be named when refused.
 */
public enum ExrCompression {
    NONE(1, true),
    RLE(1, true),
    ZIPS(1, true),
    ZIP(16, true),
    PIZ(32, true),
    PXR24(16, true),
    B44(32, true),
    B44A(32, true),
    DWAA(32, true),
    DWAB(256, true),
    HTJ2K256(256, false),
    HTJ2K32(32, false),
    ZSTD(32, false);

    private final int linesPerChunk;
    private final boolean supported;

    ExrCompression(int linesPerChunk, boolean supported) {
        this.linesPerChunk = linesPerChunk;
        this.supported = supported;
    }

    /** Scanlines stored in one chunk of a scanline part. */
    public int linesPerChunk() {
        return linesPerChunk;
    }

    /** Whether this reader can decode pixels compressed this way. */
    public boolean isSupported() {
        return supported;
    }

    static ExrCompression fromCode(int code) throws UnsupportedExrException {
        ExrCompression[] all = values();
        if (code < 0 || code >= all.length) {
            throw new UnsupportedExrException("unknown compression code " + code + " is not supported");
        }
        return all[code];
    }
}
