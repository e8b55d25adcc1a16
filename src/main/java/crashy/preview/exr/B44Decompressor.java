package crashy.preview.exr;

import java.util.Arrays;

/**
 * B44 and B44A: each 4×4 block of a half channel is a 14-byte record (a base value and 15 six-bit differences scaled
 * by a shared shift) or, for B44A flat blocks, 3 bytes; other channel types are stored raw. Channels come one after
 * another as planes.
 */
final class B44Decompressor implements Decompressor {
    private final int[] block = new int[16];
    private final int[] b = new int[14];
    private char[] planes = new char[0];

    /** A 3-byte flat block makes 32 bytes. */
    @Override
    public long maxExpansion() {
        return 11;
    }

    @Override
    public void decompress(byte[] in, int length, char[] out, ChunkLayout layout) throws ExrFormatException {
        int words = layout.totalBytes() / 2;
        planes = Buffers.atLeast(planes, words);
        int at = 0;
        int plane = 0;
        for (int c = 0; c < layout.channelCount(); c++) {
            int nx = layout.width(c);
            int ny = layout.lines(c);
            if (layout.type(c) != ExrPixelType.HALF) {
                int bytes = layout.bytes(c);
                if (at + bytes > length) {
                    throw truncated();
                }
                for (int i = 0; i < bytes / 2; i++) {
                    planes[plane + i] = (char) LittleEndian.u16(in, at + 2 * i);
                }
                at += bytes;
            } else {
                at = halfPlane(in, at, length, plane, nx, ny, layout.channel(c).perceptuallyLinear());
            }
            plane += layout.bytes(c) / 2;
        }
        Planes.interleave(planes, layout, out);
    }

    private int halfPlane(byte[] in, int at, int length, int plane, int nx, int ny, boolean linear)
            throws ExrFormatException {
        for (int y = 0; y < ny; y += 4) {
            for (int x = 0; x < nx; x += 4) {
                if (at + 3 > length) {
                    throw truncated();
                }
                if ((in[at + 2] & 0xff) >= (13 << 2)) {
                    flat(in, at);
                    at += 3;
                } else {
                    if (at + 14 > length) {
                        throw truncated();
                    }
                    unpack(in, at);
                    at += 14;
                }
                if (linear) {
                    for (int i = 0; i < 16; i++) {
                        block[i] = B44LogTable.toLinear(block[i]);
                    }
                }
                for (int row = 0; row < 4 && y + row < ny; row++) {
                    for (int col = 0; col < 4 && x + col < nx; col++) {
                        planes[plane + (y + row) * nx + x + col] = (char) block[4 * row + col];
                    }
                }
            }
        }
        return at;
    }

    private void flat(byte[] in, int at) {
        int value = fromOrdered(((in[at] & 0xff) << 8) | (in[at + 1] & 0xff));
        Arrays.fill(block, value);
    }

    /** Column 0 is a chain down from the base value; every row is a chain to the right from column 0. */
    private void unpack(byte[] in, int at) {
        for (int i = 0; i < 14; i++) {
            b[i] = in[at + i] & 0xff;
        }
        int[] s = block;
        s[0] = (b[0] << 8) | b[1];
        int shift = b[2] >> 2;
        int bias = (0x20 << shift) & 0xffff;
        s[4] = step(s[0], ((b[2] << 4) | (b[3] >> 4)) & 0x3f, shift, bias);
        s[8] = step(s[4], ((b[3] << 2) | (b[4] >> 6)) & 0x3f, shift, bias);
        s[12] = step(s[8], b[4] & 0x3f, shift, bias);
        s[1] = step(s[0], b[5] >> 2, shift, bias);
        s[5] = step(s[4], ((b[5] << 4) | (b[6] >> 4)) & 0x3f, shift, bias);
        s[9] = step(s[8], ((b[6] << 2) | (b[7] >> 6)) & 0x3f, shift, bias);
        s[13] = step(s[12], b[7] & 0x3f, shift, bias);
        s[2] = step(s[1], b[8] >> 2, shift, bias);
        s[6] = step(s[5], ((b[8] << 4) | (b[9] >> 4)) & 0x3f, shift, bias);
        s[10] = step(s[9], ((b[9] << 2) | (b[10] >> 6)) & 0x3f, shift, bias);
        s[14] = step(s[13], b[10] & 0x3f, shift, bias);
        s[3] = step(s[2], b[11] >> 2, shift, bias);
        s[7] = step(s[6], ((b[11] << 4) | (b[12] >> 4)) & 0x3f, shift, bias);
        s[11] = step(s[10], ((b[12] << 2) | (b[13] >> 6)) & 0x3f, shift, bias);
        s[15] = step(s[14], b[13] & 0x3f, shift, bias);
        for (int i = 0; i < 16; i++) {
            s[i] = fromOrdered(s[i]);
        }
    }

    private static int step(int previous, int difference, int shift, int bias) {
        return (previous + (difference << shift) - bias) & 0xffff;
    }

    /** Blocks store halves remapped so that integer order matches numeric order; this undoes it. */
    private static int fromOrdered(int s) {
        return (s & 0x8000) != 0 ? s & 0x7fff : ~s & 0xffff;
    }

    private static ExrFormatException truncated() {
        return new ExrFormatException("B44 data is shorter than its chunk");
    }
}
