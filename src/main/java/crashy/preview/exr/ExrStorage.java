package crashy.preview.exr;

/** How a part stores its pixels; only flat (non-deep) parts can be decoded. */
public enum ExrStorage {
    SCANLINE,
    TILED,
    DEEP_SCANLINE,
    DEEP_TILED;

    /** Whether the part holds deep data (a variable number of samples per pixel). */
    public boolean isDeep() {
        return this == DEEP_SCANLINE || this == DEEP_TILED;
    }
}
