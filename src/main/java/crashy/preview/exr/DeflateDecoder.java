package crashy.preview.exr;

/**
 * What {@link Zlib} needs a library for: inflating raw deflate data (RFC 1951) into a byte array, within bounds.
 * {@link JdkDeflateDecoder} uses {@code java.util.zip}; {@link LibdeflateDecoder} uses libdeflate, once a long-lived
 * process has loaded it ({@link Libdeflate#load}).
 */
interface DeflateDecoder {

    /**
     * Inflates the deflate data that starts at {@code in[offset]} into {@code out[0, capacity)} and returns the number
     * of bytes produced. The data must end within {@code in[offset, offset + length)} with at least {@code trailing}
     * bytes to spare (zlib's checksum follows it).
     *
     * @throws ExrFormatException if the data is corrupt or truncated, or would produce more than {@code capacity} bytes
     */
    int inflate(byte[] in, int offset, int length, int trailing, byte[] out, int capacity) throws ExrFormatException;
}
