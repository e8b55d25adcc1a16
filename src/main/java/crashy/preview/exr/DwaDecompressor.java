package crashy.preview.exr;

import java.util.Arrays;
import java.util.List;

/**
 * DWAA and DWAB (DreamWorks' lossy codec): a {@link DwaSizes} table, the channel rules, then four sections: zlib
 * data of "unknown" channels, Huffman or zlib AC coefficients, zlib DC coefficients, and zlib+RLE data of alpha
 * channels. {@link DwaChannels} then writes every channel into the chunk layout.
 */
final class DwaDecompressor implements Decompressor {
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

    /** One zlib-compressed AC end-of-block value can stand for a whole 8×8 block of floats. */
    @Override
    public long maxExpansion() {
        return 1L << 18;
    }

    @Override
    public void decompress(byte[] in, int length, char[] out, ChunkLayout layout) throws ExrFormatException {
        if (length < DwaSizes.BYTES) {
            throw corrupt("is shorter than its header");
        }
        DwaSizes sizes = DwaSizes.parse(in, layout.totalBytes());
        int at = DwaSizes.BYTES;
        List<DwaRules.Rule> rules = DwaRules.LEGACY;
        if (sizes.version() == 2) {
            int ruleBytes = length - at < 2 ? 0 : LittleEndian.u16(in, at);
            if (ruleBytes < 2 || ruleBytes > length - at) {
                throw corrupt("has an invalid channel rule size");
            }
            rules = DwaRules.parse(in, at + 2, at + ruleBytes);
            at += ruleBytes;
        } else if (sizes.version() > 2) {
            throw new UnsupportedExrException("DWA version " + sizes.version() + " is not supported");
        }
        if (sizes.packedTotal() > length - at) {
            throw corrupt("sections overrun the chunk");
        }
        int[] schemes = DwaRules.schemes(rules, layout);
        sizes.check(layout, schemes);
        if (!DwaChannels.coversAll(layout, schemes)) {
            Arrays.fill(out, 0, layout.totalBytes() / 2, (char) 0);
        }
        inflateUnknown(in, at, sizes);
        at += (int) sizes.unknownPacked();
        readAc(in, at, sizes);
        at += (int) sizes.acPacked();
        readDc(in, at, sizes);
        at += (int) sizes.dcPacked();
        inflateRle(in, at, sizes);
        new DwaChannels(layout, schemes, out).decode(rules, lossy, streams, unknown, rle);
    }

    private void inflateUnknown(byte[] in, int at, DwaSizes sizes) throws ExrFormatException {
        if (sizes.unknownPacked() > 0) {
            int raw = (int) sizes.unknownRaw();
            unknown = Buffers.atLeast(unknown, raw);
            zlib.inflateExactly(in, at, (int) sizes.unknownPacked(), unknown, raw);
        }
    }

    private void readAc(byte[] in, int at, DwaSizes sizes) throws ExrFormatException {
        int count = (int) sizes.acCount();
        streams.ac = Buffers.atLeast(streams.ac, count);
        streams.acAt = 0;
        streams.acEnd = count;
        if (sizes.acPacked() == 0) {
            return;
        }
        if (sizes.acCompression() == STATIC_HUFFMAN) {
            huffman.decompress(in, at, (int) sizes.acPacked(), streams.ac, 0, count);
        } else if (sizes.acCompression() == DEFLATE) {
            bytes = Buffers.atLeast(bytes, 2 * count);
            zlib.inflateExactly(in, at, (int) sizes.acPacked(), bytes, 2 * count);
            LittleEndian.toWords(bytes, streams.ac, count);
        } else {
            throw corrupt("has an unknown AC compression " + sizes.acCompression());
        }
    }

    /** DC values are zlib-compressed with the same byte predictor and split as ZIP. */
    private void readDc(byte[] in, int at, DwaSizes sizes) throws ExrFormatException {
        int count = (int) sizes.dcCount();
        streams.dc = Buffers.atLeast(streams.dc, count);
        streams.dcAt = 0;
        streams.dcEnd = count;
        if (sizes.dcPacked() == 0) {
            return;
        }
        bytes = Buffers.atLeast(bytes, 2 * count);
        shuffled = Buffers.atLeast(shuffled, 2 * count);
        zlib.inflateExactly(in, at, (int) sizes.dcPacked(), shuffled, 2 * count);
        ByteShuffle.unpredictToWords(shuffled, bytes, streams.dc, 2 * count);
    }

    private void inflateRle(byte[] in, int at, DwaSizes sizes) throws ExrFormatException {
        if (sizes.rleRaw() == 0) {
            return;
        }
        int packed = (int) sizes.rleUnpacked();
        int raw = (int) sizes.rleRaw();
        bytes = Buffers.atLeast(bytes, packed);
        rle = Buffers.atLeast(rle, raw);
        zlib.inflateExactly(in, at, (int) sizes.rlePacked(), bytes, packed);
        if (RunLength.decode(bytes, 0, packed, rle, raw) != raw) {
            throw corrupt("RLE section is shorter than declared");
        }
    }

    static ExrFormatException corrupt(String problem) {
        return new ExrFormatException("DWA chunk " + problem);
    }
}
