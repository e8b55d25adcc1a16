package crashy.preview.exr;

import org.jspecify.annotations.Nullable;

/**
 * Inflates zlib data, never producing more than the caller's expected size. One instance per worker thread.
 *
 * <p>The two-byte zlib header is checked here and the deflate data after it inflated raw, by libdeflate when a
 * long-lived process has loaded it ({@link Libdeflate#load}) and by {@code java.util.zip} otherwise, so that the
 * Adler-32 checksum of the output is not computed: on 4K tiled DWAA, whose AC values are deflated, the checksum was
 * 7 % of inflating and 3 % of the preview's CPU. The stream must still end with the four checksum bytes; only their
 * value goes unchecked, so a damaged stream that still inflates to exactly the expected size is no longer an error
 * (every size and structure check of the codecs still applies).
 */
final class Zlib {
    /** Header, and the Adler-32 checksum after the deflate data. */
    private static final int HEADER = 2;

    private static final int CHECKSUM = 4;

    private final DeflateDecoder deflate;

    Zlib() {
        this(Libdeflate.decoder());
    }

    Zlib(DeflateDecoder deflate) {
        this.deflate = deflate;
    }

    /**
     * Inflates {@code in[offset, offset + length)} into {@code out[0, capacity)} and returns the number of bytes
     * produced; fails when the stream is corrupt, truncated or would produce more than {@code capacity} bytes.
     */
    int inflate(byte[] in, int offset, int length, byte[] out, int capacity) throws ExrFormatException {
        checkHeader(in, offset, length);
        return deflate.inflate(in, offset + HEADER, length - HEADER, CHECKSUM, out, capacity);
    }

    /** Inflates exactly {@code expected} bytes or fails. */
    void inflateExactly(byte[] in, int offset, int length, byte[] out, int expected) throws ExrFormatException {
        int produced = inflate(in, offset, length, out, expected);
        if (produced != expected) {
            throw new ExrFormatException("zlib data inflates to " + produced + " bytes, expected " + expected);
        }
    }

    /** The checks zlib makes of the header: deflate, a window of at most 32 KiB, no preset dictionary. */
    private static void checkHeader(byte[] in, int offset, int length) throws ExrFormatException {
        if (length < HEADER + CHECKSUM) {
            throw truncated();
        }
        int method = in[offset] & 0xff;
        int flags = in[offset + 1] & 0xff;
        if ((method & 0x0f) != 8 || (method >> 4) > 7 || (method << 8 | flags) % 31 != 0 || (flags & 0x20) != 0) {
            throw corrupt("invalid header", null);
        }
    }

    static ExrFormatException truncated() {
        return new ExrFormatException("zlib data is truncated");
    }

    static ExrFormatException tooLong(int capacity) {
        return new ExrFormatException("zlib data inflates to more than the expected " + capacity);
    }

    static ExrFormatException corrupt(@Nullable String problem, @Nullable Throwable cause) {
        String message = "corrupt zlib data: " + problem;
        return cause == null ? new ExrFormatException(message) : new ExrFormatException(message, cause);
    }
}
