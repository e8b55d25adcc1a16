package crashy.preview.exr;

/** The sample types of EXR channels, with their file codes and sizes in bytes. */
public enum ExrPixelType {
    UINT(4),
    HALF(2),
    FLOAT(4);

    private final int bytes;

    ExrPixelType(int bytes) {
        this.bytes = bytes;
    }

    /** Bytes per sample in the uncompressed data. */
    public int bytes() {
        return bytes;
    }

    static ExrPixelType fromCode(int code) throws ExrFormatException {
        return switch (code) {
            case 0 -> UINT;
            case 1 -> HALF;
            case 2 -> FLOAT;
            default -> throw new ExrFormatException("unknown pixel type code " + code);
        };
    }
}
