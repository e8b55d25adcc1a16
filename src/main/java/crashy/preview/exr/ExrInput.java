package crashy.preview.exr;

import java.io.Closeable;
import java.io.IOException;

/** Random access to the bytes of an EXR file; implementations must allow concurrent reads. */
interface ExrInput extends Closeable {

    /** The file size in bytes, or -1 when the source cannot tell (some ImageIO streams). */
    long length();

    /** Fills {@code buffer[offset, offset + count)} from {@code position}; throws {@code EOFException} past the end. */
    void read(long position, byte[] buffer, int offset, int count) throws IOException;
}
