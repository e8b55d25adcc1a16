package crashy.preview.exr;

import java.util.Arrays;

/**
 * PIZ: a bitmap of the 16-bit values present, Huffman-coded wavelet coefficients of each channel plane, and a lookup
 * table that maps the dense value indices back to the original values.
 */
final class PizDecompressor implements Decompressor {
    private static final int BITMAP_SIZE = 8192;

    private final Huffman huffman = new Huffman();
    private final byte[] bitmap = new byte[BITMAP_SIZE];
    private final char[] lut = new char[1 << 16];
    private char[] values = new char[0];

    /** How many leading entries of {@code lut} may be non-zero. */
    private int filled;

    /** A Huffman run code of a few bits repeats a value at most 255 times. */
    @Override
    public long maxExpansion() {
        return 1024;
    }

    @Override
    public void decompress(byte[] in, int length, char[] out, ChunkLayout layout) throws ExrFormatException {
        if (length < 4) {
            throw corrupt("is too short");
        }
        int minNonZero = LittleEndian.u16(in, 0);
        int maxNonZero = LittleEndian.u16(in, 2);
        if (maxNonZero >= BITMAP_SIZE) {
            throw corrupt("has an invalid bitmap range");
        }
        Arrays.fill(bitmap, (byte) 0);
        int at = 4;
        if (minNonZero <= maxNonZero) {
            int count = maxNonZero - minNonZero + 1;
            if (at + count > length) {
                throw corrupt("bitmap is cut off");
            }
            System.arraycopy(in, at, bitmap, minNonZero, count);
            at += count;
        }
        int maxValue = reverseLut();
        if (at + 4 > length) {
            throw corrupt("is cut off before its Huffman data");
        }
        int huffmanBytes = LittleEndian.i32(in, at);
        at += 4;
        if (huffmanBytes < 0 || huffmanBytes > length - at) {
            throw corrupt("Huffman data is cut off");
        }
        int count = layout.totalBytes() / 2;
        values = Buffers.atLeast(values, count);
        huffman.decompress(in, at, huffmanBytes, values, 0, count);
        inverseWavelets(layout, maxValue);
        for (int i = 0; i < count; i++) {
            values[i] = lut[values[i]];
        }
        Planes.interleave(values, layout, out);
    }

    /**
     * The values present, in increasing order (0 always); entries past them are 0. Walks the bitmap byte by byte, and
     * clears only what the previous chunk left beyond this one's values.
     */
    private int reverseLut() {
        int k = 0;
        for (int at = 0; at < BITMAP_SIZE; at++) {
            int bits = bitmap[at] & 0xff;
            if (at == 0) {
                bits |= 1;
            }
            while (bits != 0) {
                lut[k++] = (char) (at * 8 + Integer.numberOfTrailingZeros(bits));
                bits &= bits - 1;
            }
        }
        if (k < filled) {
            Arrays.fill(lut, k, filled, (char) 0);
        }
        filled = k;
        return k - 1;
    }

    private void inverseWavelets(ChunkLayout layout, int maxValue) {
        int base = 0;
        for (int c = 0; c < layout.channelCount(); c++) {
            int nx = layout.width(c);
            int ny = layout.lines(c);
            int words = layout.type(c).bytes() / 2;
            for (int j = 0; j < words; j++) {
                Wavelet.decode(values, base + j, nx, words, ny, words * nx, maxValue);
            }
            base += nx * ny * words;
        }
    }

    private static ExrFormatException corrupt(String problem) {
        return new ExrFormatException("PIZ data " + problem);
    }
}
