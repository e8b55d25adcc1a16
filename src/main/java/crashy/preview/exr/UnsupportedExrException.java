package crashy.preview.exr;

/**
 * Thrown for a well-formed EXR file that uses a feature this reader does not decode, such as deep data or the HTJ2K
 * and ZSTD compressions; callers may fall back to an external tool for these.
 */
public final class UnsupportedExrException extends ExrFormatException {
    private static final long serialVersionUID = 1L;

    public UnsupportedExrException(String message) {
        super(message);
    }
}
