package crashy.preview.exr;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;

/**
 * One libdeflate decompressor and the native buffers it reads from and writes to, used by one thread at a time:
 * {@code libdeflate_deflate_decompress_ex} bound by JNA's direct mapping (a call costs well under a microsecond; a
 * stream takes tens). libdeflate reads and writes native memory, so each call copies its input into a native buffer and
 * the output back out, about 5 % of inflating.
 *
 * <p>libdeflate never writes past the output size it is given nor reads past the input size, and it is fuzzed as part
 * of OSS-Fuzz; a corrupt stream is a result code, turned into {@link ExrFormatException} here.
 */
final class LibdeflateSession {
    private static final int SUCCESS = 0;
    private static final int INSUFFICIENT_SPACE = 3;

    private static final int MIN_BUFFER = 64 << 10;

    private final Pointer decompressor;
    private Memory in = new Memory(MIN_BUFFER);
    private Memory out = new Memory(MIN_BUFFER);
    private final Memory used = new Memory(2 * Long.BYTES);
    private final Pointer produced = used.share(Long.BYTES);

    /** Loads the system's libdeflate and binds {@link Functions} to it. */
    static void bind() {
        bind(Platform.isLinux() ? "libdeflate.so.0" : "deflate");
    }

    /** @throws UnsatisfiedLinkError when there is no such library, or it lacks a function */
    static void bind(String library) {
        if (Native.SIZE_T_SIZE != 8) {
            throw new UnsupportedOperationException("libdeflate is bound on 64-bit JVMs only");
        }
        Native.register(Functions.class, NativeLibrary.getInstance(library));
    }

    LibdeflateSession() {
        Pointer made = Functions.libdeflate_alloc_decompressor();
        if (made == null) {
            throw new OutOfMemoryError("libdeflate could not allocate a decompressor");
        }
        decompressor = made;
    }

    int inflate(byte[] data, int offset, int length, int trailing, byte[] into, int capacity)
            throws ExrFormatException {
        in = fit(in, length);
        out = fit(out, capacity);
        in.write(0, data, offset, length);
        int result =
                Functions.libdeflate_deflate_decompress_ex(decompressor, in, length, out, capacity, used, produced);
        if (result == INSUFFICIENT_SPACE) {
            throw Zlib.tooLong(capacity);
        }
        if (result != SUCCESS) {
            throw Zlib.corrupt("invalid or cut-short deflate data", null);
        }
        if (length - used.getLong(0) < trailing) {
            throw Zlib.truncated();
        }
        int size = (int) produced.getLong(0);
        out.read(0, into, 0, size);
        return size;
    }

    void close() {
        Functions.libdeflate_free_decompressor(decompressor);
        in.close();
        out.close();
        used.close();
    }

    /** Grown by a quarter more than needed, by the rule of the workers' scratch arrays ({@link Buffers#grown}). */
    private static Memory fit(Memory buffer, int size) {
        if (buffer.size() >= size) {
            return buffer;
        }
        buffer.close();
        return new Memory(Math.max(MIN_BUFFER, Buffers.grown(size)));
    }

    /** libdeflate's functions, named as in C; {@code size_t} is a {@code long} on the 64-bit JVMs bound. */
    private static final class Functions {
        static native Pointer libdeflate_alloc_decompressor();

        static native void libdeflate_free_decompressor(Pointer decompressor);

        static native int libdeflate_deflate_decompress_ex(
                Pointer decompressor,
                Pointer in,
                long inBytes,
                Pointer out,
                long outBytesAvailable,
                Pointer inBytesUsed,
                Pointer outBytesProduced);
    }
}
