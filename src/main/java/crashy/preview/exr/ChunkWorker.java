package crashy.preview.exr;

import java.io.EOFException;
import java.io.IOException;

/**
 * Decodes chunks one after another on one thread: reads the chunk leader and data, checks them, decompresses, and
 * converts the requested channels into the worker's band of lines. Buffers are reused from chunk to chunk.
 */
final class ChunkWorker {
    private final ExrInput input;
    private final PartLayout layout;
    private final int part;
    private final boolean multipart;
    private final Decompressor decompressor;
    private final int[] wanted;
    private final byte[] leader = new byte[24];
    private byte[] packed = new byte[0];
    private char[] unpacked = new char[0];

    /** {@code wanted[c]} is the band index of the part's channel {@code c}, or -1 when it is not asked for. */
    ChunkWorker(ExrInput input, PartLayout layout, boolean multipart, int[] wanted) throws UnsupportedExrException {
        this.input = input;
        this.layout = layout;
        this.part = layout.header().index();
        this.multipart = multipart;
        this.decompressor = Decompressor.create(layout.header().compression());
        this.wanted = wanted;
    }

    /** Decodes the chunk into {@code band}, which must already cover the chunk's lines. */
    void decode(ChunkRegion region, long offset, ExrLines band) throws IOException {
        ChunkLayout chunk = new ChunkLayout(region, layout.header().channels());
        scatter(unpack(chunk, offset), 0, chunk, region.y(), region.height(), band);
    }

    /**
     * Decodes a scanline chunk and gives its lines to {@code sink} one at a time through {@code line}, a band of one
     * line: converted lines are taken while they are in the fastest cache.
     */
    void decodeLines(ChunkRegion region, long offset, ExrLines line, ExrLineSink sink) throws IOException {
        ChunkLayout chunk = new ChunkLayout(region, layout.header().channels());
        char[] raw = unpack(chunk, offset);
        int top = layout.header().dataWindow().yMin();
        int at = 0;
        for (int y = region.y(); y < region.y() + region.height(); y++) {
            line.moveTo(y - top, 1);
            at = scatter(raw, at, chunk, y, 1, line);
            sink.accept(line);
        }
    }

    /** Reads, checks and decompresses the chunk; returns its words in the {@link ChunkLayout}. */
    private char[] unpack(ChunkLayout chunk, long offset) throws IOException {
        ChunkRegion region = chunk.region();
        int size = chunk.totalBytes();
        long dataOffset = offset + readLeader(region, offset);
        int stored = LittleEndian.i32(leader, multipart ? (layout.isTiled() ? 20 : 8) : (layout.isTiled() ? 16 : 4));
        long limit = layout.isTiled() ? size : layout.fullChunkBytes();
        if (stored < 0 || stored > limit || (stored == 0 && size > 0)) {
            throw new ExrFormatException(where(region) + " has an invalid stored size " + stored);
        }
        if (size > decompressor.maxExpansion() * stored + 1024) {
            throw new ExrFormatException(where(region) + " cannot expand from " + stored + " to " + size + " bytes");
        }
        if (input.length() >= 0 && dataOffset + stored > input.length()) {
            throw new ExrFormatException(where(region) + " extends past the end of the file (truncated)");
        }
        packed = Buffers.atLeast(packed, stored);
        read(dataOffset, packed, stored, region);
        unpacked = Buffers.atLeast(unpacked, size / 2);
        if (stored == size) {
            LittleEndian.toWords(packed, unpacked, size / 2);
            return unpacked;
        }
        // Codecs check every size they read; should one check be missing, the caller still gets a format
        // error for this file rather than an unchecked exception (the fuzz test fails on such a cause).
        try {
            decompressor.decompress(packed, stored, unpacked, chunk);
        } catch (IndexOutOfBoundsException | NegativeArraySizeException e) {
            throw new ExrFormatException(where(region) + " is corrupt", e);
        }
        return unpacked;
    }

    private int readLeader(ChunkRegion region, long offset) throws IOException {
        int count = (multipart ? 4 : 0) + (layout.isTiled() ? 20 : 8);
        read(offset, leader, count, region);
        int at = 0;
        if (multipart && LittleEndian.i32(leader, at) != part) {
            throw new ExrFormatException(where(region) + " belongs to part " + LittleEndian.i32(leader, 0));
        }
        at += multipart ? 4 : 0;
        boolean matches = layout.isTiled()
                ? LittleEndian.i32(leader, at) == region.column()
                        && LittleEndian.i32(leader, at + 4) == region.row()
                        && LittleEndian.i32(leader, at + 8) == 0
                        && LittleEndian.i32(leader, at + 12) == 0
                : LittleEndian.i32(leader, at) == region.y();
        if (!matches) {
            throw new ExrFormatException(where(region) + " has a leader for a different chunk");
        }
        return count;
    }

    private void read(long offset, byte[] target, int count, ChunkRegion region) throws IOException {
        try {
            input.read(offset, target, 0, count);
        } catch (EOFException e) {
            throw new ExrFormatException(where(region) + " is cut off by the end of the file (truncated)", e);
        }
    }

    private String where(ChunkRegion region) {
        return "chunk " + region.index() + " of part " + part;
    }

    /**
     * Converts the requested channels of the chunk's scanlines {@code [firstY, firstY + lines)}, the first of them at
     * {@code raw[at]}, into the band; returns where the next scanline starts.
     */
    private int scatter(char[] raw, int at, ChunkLayout chunk, int firstY, int lines, ExrLines band) {
        int column = chunk.region().x() - layout.header().dataWindow().xMin();
        for (int y = firstY; y < firstY + lines; y++) {
            for (int c = 0; c < chunk.channelCount(); c++) {
                if (!chunk.hasLine(c, y)) {
                    continue;
                }
                int n = chunk.width(c);
                int target = wanted[c];
                if (target >= 0) {
                    ExrChannel channel = chunk.channel(c);
                    int first = band.lineStart(target, y) + column / channel.xSampling();
                    char[] halves = band.halves(target);
                    if (halves != null) {
                        System.arraycopy(raw, at, halves, first, n);
                    } else {
                        convert(channel.type(), raw, at, band.samples(target), first, n);
                    }
                }
                at += n * chunk.type(c).bytes() / 2;
            }
        }
        return at;
    }

    private static void convert(ExrPixelType type, char[] raw, int at, float[] plane, int first, int n) {
        switch (type) {
            case HALF -> {
                for (int i = 0; i < n; i++) {
                    plane[first + i] = HalfFloat.toFloat(raw[at + i]);
                }
            }
            case FLOAT -> {
                for (int i = 0; i < n; i++) {
                    plane[first + i] = Float.intBitsToFloat(raw[at + 2 * i] | raw[at + 2 * i + 1] << 16);
                }
            }
            case UINT -> {
                for (int i = 0; i < n; i++) {
                    plane[first + i] = (raw[at + 2 * i] | raw[at + 2 * i + 1] << 16) & 0xffffffffL;
                }
            }
        }
    }
}
