package crashy.preview.exr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Sequential little-endian reading of the header section through a sliding window, so that a large attribute (an
 * embedded preview) can be skipped without loading it and nothing is read past {@link ExrLimits#maxHeaderBytes()}.
 */
final class HeaderCursor {
    private static final int WINDOW = 64 * 1024;

    private final ExrInput input;
    private final long limit;
    private byte[] window = new byte[0];
    private long windowStart;
    private long windowEnd;
    private long position;

    HeaderCursor(ExrInput input, long start, int maxHeaderBytes) {
        this.input = input;
        this.position = start;
        long size = input.length() < 0 ? Long.MAX_VALUE : input.length();
        this.limit = Math.min(size, maxHeaderBytes);
    }

    long position() {
        return position;
    }

    int u8() throws IOException {
        ensure(1);
        return window[(int) (position++ - windowStart)] & 0xff;
    }

    int peekU8() throws IOException {
        ensure(1);
        return window[(int) (position - windowStart)] & 0xff;
    }

    int i32() throws IOException {
        ensure(4);
        int value = LittleEndian.i32(window, (int) (position - windowStart));
        position += 4;
        return value;
    }

    long i64() throws IOException {
        ensure(8);
        long value = LittleEndian.i64(window, (int) (position - windowStart));
        position += 8;
        return value;
    }

    float f32() throws IOException {
        return Float.intBitsToFloat(i32());
    }

    double f64() throws IOException {
        return Double.longBitsToDouble(i64());
    }

    /** A NUL-terminated name of at most {@code maxLength} bytes (the NUL not counted). */
    String name(int maxLength, String what) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int c = u8(); c != 0; c = u8()) {
            if (text.length() == maxLength) {
                throw new ExrFormatException(what + " longer than " + maxLength + " bytes");
            }
            text.append((char) c);
        }
        return text.toString();
    }

    /** {@code count} bytes decoded as UTF-8 (EXR strings are not NUL-terminated inside attributes). */
    String text(int count) throws IOException {
        ensure(count);
        String value = new String(window, (int) (position - windowStart), count, StandardCharsets.UTF_8);
        position += count;
        return value;
    }

    void skip(long count) throws IOException {
        if (count < 0 || position + count > limit) {
            throw beyondLimit();
        }
        position += count;
    }

    private void ensure(int count) throws IOException {
        if (position + count > limit) {
            throw beyondLimit();
        }
        if (position >= windowStart && position + count <= windowEnd) {
            return;
        }
        int size = (int) Math.min(Math.max(count, WINDOW), limit - position);
        if (window.length != size) {
            window = new byte[size];
        }
        int read = input.readUpTo(position, window, 0, size);
        if (read < count) {
            throw new ExrFormatException("the file ends inside its header");
        }
        windowStart = position;
        windowEnd = position + read;
    }

    private ExrFormatException beyondLimit() {
        boolean pastEnd = input.length() >= 0 && limit == input.length();
        return new ExrFormatException(
                pastEnd ? "the file ends inside its header" : "the header is larger than the limit of " + limit);
    }
}
