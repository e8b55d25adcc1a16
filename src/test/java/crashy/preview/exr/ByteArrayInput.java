package crashy.preview.exr;

/** An in-memory {@link ExrInput}, for tests that build or mutate files. */
final class ByteArrayInput implements ExrInput {
    private final byte[] bytes;
    private final boolean lengthKnown;

    ByteArrayInput(byte[] bytes) {
        this(bytes, true);
    }

    /** An input that may hide its length, like an ImageIO stream over a socket. */
    ByteArrayInput(byte[] bytes, boolean lengthKnown) {
        this.bytes = bytes;
        this.lengthKnown = lengthKnown;
    }

    @Override
    public long length() {
        return lengthKnown ? bytes.length : -1;
    }

    @Override
    public int readUpTo(long position, byte[] buffer, int offset, int count) {
        if (position < 0 || position >= bytes.length) {
            return 0;
        }
        int n = (int) Math.min(count, bytes.length - position);
        System.arraycopy(bytes, (int) position, buffer, offset, n);
        return n;
    }

    @Override
    public void close() {}
}
