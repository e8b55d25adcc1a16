package crashy.preview.exr;

/**
 * The version field that follows the magic number.
 *
 * @param version file format version (always 2)
 * @param singlePartTiled the single-part file stores tiles
 * @param longNames names may be up to 255 bytes instead of 31
 * @param nonImage at least one part holds deep data
 * @param multipart the file has several parts, each with its own header
 */
public record ExrVersion(int version, boolean singlePartTiled, boolean longNames, boolean nonImage, boolean multipart) {

    static final int MAGIC = 20000630;
    private static final int TILED = 0x200;
    private static final int LONG_NAMES = 0x400;
    private static final int NON_IMAGE = 0x800;
    private static final int MULTIPART = 0x1000;

    static ExrVersion parse(int magic, int field) throws ExrFormatException {
        if (magic != MAGIC) {
            throw new ExrFormatException("not an OpenEXR file (magic number " + Integer.toHexString(magic) + ")");
        }
        int version = field & 0xff;
        if (version != 2) {
            throw new ExrFormatException("unsupported OpenEXR file version " + version);
        }
        int flags = field & ~0xff;
        if ((flags & ~(TILED | LONG_NAMES | NON_IMAGE | MULTIPART)) != 0) {
            throw new ExrFormatException("unknown version flags 0x" + Integer.toHexString(flags));
        }
        ExrVersion parsed = new ExrVersion(
                version,
                (flags & TILED) != 0,
                (flags & LONG_NAMES) != 0,
                (flags & NON_IMAGE) != 0,
                (flags & MULTIPART) != 0);
        if (parsed.singlePartTiled && (parsed.nonImage || parsed.multipart)) {
            throw new ExrFormatException("the single-part tiled flag is combined with the deep or multipart flag");
        }
        return parsed;
    }
}
