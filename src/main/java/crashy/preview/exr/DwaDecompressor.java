package crashy.preview.exr;

import java.util.Arrays;
import java.util.List;

/**
 * DWAA and DWAB (DreamWorks' lossy codec): an 88-byte table of section sizes, the channel rules, then four sections:
 * zlib data of "unknown" channels, Huffman or zlib AC coefficients, zlib DC coefficients, and zlib+RLE data of alpha
 * channels. Every size in the table is checked against the chunk before it is used.
 */
final class DwaDecompressor implements Decompressor {
    private static final int HEADER = 88;
    private static final int STATIC_HUFFMAN = 0;
    private static final int DEFLATE = 1;

    private final Zlib zlib = new Zlib();
    private final Huffman huffman = new Huffman();
    private final LossyDct lossy = new LossyDct();
    private final LossyDct.Streams streams = new LossyDct.Streams();
    private byte[] bytes = new byte[0];
    private byte[] shuffled = new byte[0];
    private byte[] unknown = new byte[0];
    private byte[] rle = new byte[0];

    private record Sizes(
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
            long acCompression) {}

    @Override
    public void decompress(byte[] in, int length, byte[] out, ChunkLayout layout) throws ExrFormatException {
        if (length < HEADER) {
            throw corrupt("is shorter than its header");
        }
        Sizes sizes = sizes(in, length, layout.totalBytes());
        int at = HEADER;
        List<DwaRules.Rule> rules = DwaRules.LEGACY;
        if (sizes.version() == 2) {
            if (length - at < 2) {
                throw corrupt("has no channel rules");
            }
            int ruleBytes = LittleEndian.u16(in, at);
            if (ruleBytes < 2 || ruleBytes > length - at) {
                throw corrupt("has an invalid channel rule size");
            }
            rules = DwaRules.parse(in, at + 2, at + ruleBytes);
            at += ruleBytes;
        } else if (sizes.version() > 2) {
            throw new UnsupportedExrException("DWA version " + sizes.version() + " is not supported");
        }
        if (sizes.unknownPacked() + sizes.acPacked() + sizes.dcPacked() + sizes.rlePacked() > length - at) {
            throw corrupt("sections overrun the chunk");
        }
        int[] schemes = DwaRules.schemes(rules, layout);
        checkSection(layout, schemes, DwaRules.UNKNOWN, sizes.unknownPacked(), sizes.unknownRaw(), 0);
        checkSection(layout, schemes, DwaRules.RLE, sizes.rlePacked(), sizes.rleRaw(), sizes.rleUnpacked());
        if (sizes.rleUnpacked() > 2L * rleRawBound(layout, schemes)) {
            throw corrupt("declares more run-length data than its alpha channels can produce");
        }
        int unknownAt = at;
        int acAt = unknownAt + (int) sizes.unknownPacked();
        int dcAt = acAt + (int) sizes.acPacked();
        int rleAt = dcAt + (int) sizes.dcPacked();
        Arrays.fill(out, 0, layout.totalBytes(), (byte) 0);
        inflateUnknown(in, unknownAt, sizes);
        readAc(in, acAt, sizes, layout, schemes);
        readDc(in, dcAt, sizes, layout, schemes);
        inflateRle(in, rleAt, sizes);
        new DwaChannels(layout, schemes, out).decode(rules, lossy, streams, unknown, rle);
    }

    private static Sizes sizes(byte[] in, int length, int unpacked) throws ExrFormatException {
        long[] v = new long[11];
        for (int i = 0; i < v.length; i++) {
            v[i] = LittleEndian.i64(in, 8 * i);
            if (v[i] < 0 || (i != 0 && i != 10 && v[i] > Integer.MAX_VALUE)) {
                throw corrupt("has an invalid section size");
            }
        }
        Sizes sizes = new Sizes(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10]);
        if (sizes.unknownRaw() + sizes.rleRaw() > unpacked) {
            throw corrupt("sections are larger than the chunk");
        }
        return sizes;
    }

    /** Mirrors OpenEXR: a section must be present exactly when some channel uses its scheme, and large enough. */
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
            throw corrupt("section sizes do not match its channels");
        }
    }

    private void inflateUnknown(byte[] in, int at, Sizes sizes) throws ExrFormatException {
        if (sizes.unknownPacked() > 0) {
            int raw = (int) sizes.unknownRaw();
            unknown = grow(unknown, raw);
            zlib.inflateExactly(in, at, (int) sizes.unknownPacked(), unknown, raw);
        }
    }

    private void readAc(byte[] in, int at, Sizes sizes, ChunkLayout layout, int[] schemes) throws ExrFormatException {
        long limit = lossyBlocks(layout, schemes) * 63;
        if (sizes.acCount() > limit) {
            throw corrupt("has more AC values than its blocks can hold");
        }
        int count = (int) sizes.acCount();
        streams.ac = grow(streams.ac, count);
        streams.acAt = 0;
        streams.acEnd = count;
        if (sizes.acPacked() == 0) {
            return;
        }
        if (sizes.acCompression() == STATIC_HUFFMAN) {
            huffman.decompress(in, at, (int) sizes.acPacked(), streams.ac, 0, count);
        } else if (sizes.acCompression() == DEFLATE) {
            bytes = grow(bytes, 2 * count);
            zlib.inflateExactly(in, at, (int) sizes.acPacked(), bytes, 2 * count);
            for (int i = 0; i < count; i++) {
                streams.ac[i] = (char) LittleEndian.u16(bytes, 2 * i);
            }
        } else {
            throw corrupt("has an unknown AC compression " + sizes.acCompression());
        }
    }

    private void readDc(byte[] in, int at, Sizes sizes, ChunkLayout layout, int[] schemes) throws ExrFormatException {
        if (sizes.dcCount() > lossyBlocks(layout, schemes)) {
            throw corrupt("has more DC values than blocks");
        }
        int count = (int) sizes.dcCount();
        streams.dc = grow(streams.dc, count);
        streams.dcAt = 0;
        streams.dcEnd = count;
        if (sizes.dcPacked() == 0) {
            if (count != 0) {
                throw corrupt("has DC values but no DC data");
            }
            return;
        }
        bytes = grow(bytes, 2 * count);
        shuffled = grow(shuffled, 2 * count);
        zlib.inflateExactly(in, at, (int) sizes.dcPacked(), shuffled, 2 * count);
        ByteShuffle.unpredictAndInterleave(shuffled, bytes, 2 * count);
        for (int i = 0; i < count; i++) {
            streams.dc[i] = (char) LittleEndian.u16(bytes, 2 * i);
        }
    }

    private void inflateRle(byte[] in, int at, Sizes sizes) throws ExrFormatException {
        if (sizes.rleRaw() == 0) {
            return;
        }
        int packed = (int) sizes.rleUnpacked();
        int raw = (int) sizes.rleRaw();
        bytes = grow(bytes, packed);
        rle = grow(rle, raw);
        zlib.inflateExactly(in, at, (int) sizes.rlePacked(), bytes, packed);
        if (RunLength.decode(bytes, 0, packed, rle, raw) != raw) {
            throw corrupt("RLE section is shorter than declared");
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

    /** 8×8 blocks of all lossy channels together: the upper bound of DC values (and of AC values / 63). */
    private static long lossyBlocks(ChunkLayout layout, int[] schemes) {
        ChunkRegion region = layout.region();
        long perChannel = (long) ((region.height() + 7) / 8) * ((region.width() + 7) / 8);
        return perChannel
                * Arrays.stream(schemes).filter(s -> s == DwaRules.LOSSY_DCT).count();
    }

    private static byte[] grow(byte[] buffer, int size) {
        return buffer.length >= size ? buffer : new byte[size];
    }

    private static char[] grow(char[] buffer, int size) {
        return buffer.length >= size ? buffer : new char[size];
    }

    static ExrFormatException corrupt(String problem) {
        return new ExrFormatException("DWA chunk " + problem);
    }
}
