package crashy.preview.exr;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;

/** Random access to the bytes of an EXR file; implementations must allow concurrent reads. */
interface ExrInput extends Closeable {

    /** The file size in bytes, or -1 when the source cannot tell (some ImageIO streams). */
    long length();

    /**
     * Reads up to {@code count} bytes from {@code position} into {@code buffer[offset...]} and returns how many were
     * read; fewer only at the end of the file.
     */
    int readUpTo(long position, byte[] buffer, int offset, int count) throws IOException;

    /** Fills {@code buffer[offset, offset + count)} from {@code position}; throws {@code EOFException} past the end. */
    default void read(long position, byte[] buffer, int offset, int count) throws IOException {
        int n = readUpTo(position, buffer, offset, count);
        if (n < count) {
            throw new EOFException("end of file at byte " + (position + n));
        }
    }
}
