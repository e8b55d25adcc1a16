package crashy.preview.exr;

import java.util.Arrays;

/**
 * The table of eleven 64-bit numbers at the start of a DWA chunk: format version, then the stored and expanded
 * sizes of its sections and the number of AC and DC values. Each is checked against what the chunk's channels can
 * need, so that no buffer is sized from an untrusted number.
 */
record DwaSizes(
        long version,
        long unknownRaw,
        long unknownPacked,
        long acPacked,
        long dcPacked,
        long rlePacked,
        long rleUnpacked,
        long rleRaw,
        long acCount,
        long dcCount,
        long acCompression) {

    static final int BYTES = 88;

    static DwaSizes parse(byte[] in, int unpacked) throws ExrFormatException {
        long[] v = new long[11];
        for (int i = 0; i < v.length; i++) {
            v[i] = LittleEndian.i64(in, 8 * i);
            if (v[i] < 0 || (i != 0 && i != 10 && v[i] > Integer.MAX_VALUE)) {
                throw DwaDecompressor.corrupt("has an invalid section size");
            }
        }
        DwaSizes sizes = new DwaSizes(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10]);
        if (sizes.unknownRaw + sizes.rleRaw > unpacked) {
            throw DwaDecompressor.corrupt("sections are larger than the chunk");
        }
        return sizes;
    }

    long packedTotal() {
        return unknownPacked + acPacked + dcPacked + rlePacked;
    }

    /** Mirrors OpenEXR's checks, plus bounds on the values and on the run-length data. */
    void check(ChunkLayout layout, int[] schemes) throws ExrFormatException {
        checkSection(layout, schemes, DwaRules.UNKNOWN, unknownPacked, unknownRaw, 0);
        checkSection(layout, schemes, DwaRules.RLE, rlePacked, rleRaw, rleUnpacked);
        if (rleUnpacked > 2L * rleRawBound(layout, schemes)) {
            throw DwaDecompressor.corrupt("declares more run-length data than its alpha channels can produce");
        }
        long blocks = lossyBlocks(layout, schemes);
        if (acCount > 63 * blocks || dcCount > blocks) {
            throw DwaDecompressor.corrupt("has more AC or DC values than its blocks can hold");
        }
        if (dcPacked == 0 && dcCount != 0) {
            throw DwaDecompressor.corrupt("has DC values but no DC data");
        }
    }

    /** A section must be present exactly when some channel uses its scheme, and large enough for them. */
    private static void checkSection(ChunkLayout layout, int[] schemes, int scheme, long packed, long raw, long extra)
            throws ExrFormatException {
        long required = 0;
        for (int c = 0; c < schemes.length; c++) {
            if (schemes[c] == scheme) {
                required += layout.bytes(c);
            }
        }
        boolean wrong = required > 0 ? raw < required || packed == 0 : raw > 0 || packed > 0 || extra > 0;
        if (wrong) {
            throw DwaDecompressor.corrupt("section sizes do not match its channels");
        }
    }

    /** Bytes of all RLE channels if they covered the whole chunk region. */
    private static long rleRawBound(ChunkLayout layout, int[] schemes) {
        ChunkRegion region = layout.region();
        long bytes = 0;
        for (int c = 0; c < schemes.length; c++) {
            if (schemes[c] == DwaRules.RLE) {
                bytes +=
                        (long) region.width() * region.height() * layout.type(c).bytes();
            }
        }
        return bytes;
    }

    /** 8×8 blocks of all lossy channels together, if they covered the whole chunk region. */
    private static long lossyBlocks(ChunkLayout layout, int[] schemes) {
        ChunkRegion region = layout.region();
        long perChannel = (long) ((region.height() + 7) / 8) * ((region.width() + 7) / 8);
        return perChannel
                * Arrays.stream(schemes).filter(s -> s == DwaRules.LOSSY_DCT).count();
    }
}
