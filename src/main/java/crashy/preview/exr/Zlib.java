package crashy.preview.exr;

import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A reusable zlib inflater that never produces more than the caller's expected size.
 *
 * <p>The two-byte zlib header is checked here and the deflate data inflated raw, so that zlib does not compute the
 * Adler-32 checksum of the output: on 4K tiled DWAA, whose AC values are deflated, the checksum was 7 % of inflating
 * and 3 % of the preview's CPU. The stream must still end with the four checksum bytes; only their value goes
 * unchecked, so a damaged stream that still inflates to exactly the expected size is no longer an error (every size
 * and structure check of the codecs still applies).
 */
final class Zlib {
    /** Header, and the Adler-32 checksum after the deflate data. */
    private static final int HEADER = 2;

    private static final int CHECKSUM = 4;

    private final Inflater inflater = new Inflater(true);

    /**
     * Inflates {@code in[offset, offset + length)} into {@code out[0, capacity)} and returns the number of bytes
     * produced; fails when the stream is corrupt, truncated or would produce more than {@code capacity} bytes.
     */
    int inflate(byte[] in, int offset, int length, byte[] out, int capacity) throws ExrFormatException {
        checkHeader(in, offset, length);
        inflater.reset();
        inflater.setInput(in, offset + HEADER, length - HEADER);
        int produced = 0;
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(out, produced, capacity - produced);
                produced += n;
                if (n == 0 && !inflater.finished()) {
                    if (produced == capacity) {
                        throw new ExrFormatException("zlib data inflates to more than the expected " + capacity);
                    }
                    throw new ExrFormatException("zlib data is truncated");
                }
            }
        } catch (DataFormatException e) {
            throw new ExrFormatException("corrupt zlib data: " + e.getMessage(), e);
        }
        if (inflater.getRemaining() < CHECKSUM) {
            throw new ExrFormatException("zlib data is truncated");
        }
        return produced;
    }

    /** The checks zlib makes of the header: deflate, a window of at most 32 KiB, no preset dictionary. */
    private static void checkHeader(byte[] in, int offset, int length) throws ExrFormatException {
        if (length < HEADER + CHECKSUM) {
            throw new ExrFormatException("zlib data is truncated");
        }
        int method = in[offset] & 0xff;
        int flags = in[offset + 1] & 0xff;
        if ((method & 0x0f) != 8 || (method >> 4) > 7 || (method << 8 | flags) % 31 != 0 || (flags & 0x20) != 0) {
            throw new ExrFormatException("corrupt zlib data: invalid header");
        }
    }

    /** Inflates exactly {@code expected} bytes or fails. */
    void inflateExactly(byte[] in, int offset, int length, byte[] out, int expected) throws ExrFormatException {
        int produced = inflate(in, offset, length, out, expected);
        if (produced != expected) {
            throw new ExrFormatException("zlib data inflates to " + produced + " bytes, expected " + expected);
        }
    }
}
