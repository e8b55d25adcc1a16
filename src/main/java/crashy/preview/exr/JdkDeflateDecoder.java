package crashy.preview.exr;

import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/** Deflate data through {@code java.util.zip}: the JDK's zlib, always there. One instance per worker thread. */
final class JdkDeflateDecoder implements DeflateDecoder {
    private final Inflater inflater = new Inflater(true);

    @Override
    public int inflate(byte[] in, int offset, int length, int trailing, byte[] out, int capacity)
            throws ExrFormatException {
        inflater.reset();
        inflater.setInput(in, offset, length);
        int produced = 0;
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(out, produced, capacity - produced);
                produced += n;
                if (n == 0 && !inflater.finished()) {
                    throw produced == capacity ? Zlib.tooLong(capacity) : Zlib.truncated();
                }
            }
        } catch (DataFormatException e) {
            throw Zlib.corrupt(e.getMessage(), e);
        }
        if (inflater.getRemaining() < trailing) {
            throw Zlib.truncated();
        }
        return produced;
    }

    /** Frees zlib's memory now rather than when the collector finds this decoder unreachable. */
    void end() {
        inflater.end();
    }
}
