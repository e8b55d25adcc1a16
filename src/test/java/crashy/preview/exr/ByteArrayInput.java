package crashy.preview.exr;

import java.io.EOFException;

/** An in-memory {@link ExrInput}, for tests that build or mutate files. */
final class ByteArrayInput implements ExrInput {
    private final byte[] bytes;

    ByteArrayInput(byte[] bytes) {
        this.bytes = bytes;
    }

    @Override
    public long length() {
        return bytes.length;
    }

    @Override
    public void read(long position, byte[] buffer, int offset, int count) throws EOFException {
        if (position < 0 || position + count > bytes.length) {
            throw new EOFException("end of data at " + bytes.length);
        }
        System.arraycopy(bytes, (int) position, buffer, offset, count);
    }

    @Override
    public void close() {}
}
