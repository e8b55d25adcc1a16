package crashy.preview.exr;

import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/** A reusable zlib inflater that never produces more than the caller's expected size. */
final class Zlib {
    private final Inflater inflater = new Inflater();

    /**
     * Inflates {@code in[offset, offset + length)} into {@code out[0, capacity)} and returns the number of bytes
     * produced; fails when the stream is corrupt, truncated or would produce more than {@code capacity} bytes.
     */
    int inflate(byte[] in, int offset, int length, byte[] out, int capacity) throws ExrFormatException {
        inflater.reset();
        inflater.setInput(in, offset, length);
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
        return produced;
    }

    /** Inflates exactly {@code expected} bytes or fails. */
    void inflateExactly(byte[] in, int offset, int length, byte[] out, int expected) throws ExrFormatException {
        int produced = inflate(in, offset, length, out, expected);
        if (produced != expected) {
            throw new ExrFormatException("zlib data inflates to " + produced + " bytes, expected " + expected);
        }
    }
}
