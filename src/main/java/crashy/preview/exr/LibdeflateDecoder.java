package crashy.preview.exr;

import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.Deflater;

/**
 * Deflate data through libdeflate. Each call borrows a {@link LibdeflateSession} (a decompressor and its native
 * buffers) from a small pool and gives it back, so one decoder serves every thread.
 */
final class LibdeflateDecoder implements DeflateDecoder {
    /** Idle sessions kept for the next calls: enough for both cores and a second preview. */
    private static final int KEPT_SESSIONS = 4;

    /**
     * Input and output bytes above which a call goes to {@code java.util.zip} instead, which writes straight into the
     * caller's array: a session's native buffers stay this small, outside the heap's limit, whatever size a chunk
     * claims (up to {@link ExrLimits#maxChunkBytes}). A 4K frame's chunks need under 2 MiB.
     */
    static final int LARGEST_CALL = 4 << 20;

    private final ConcurrentLinkedQueue<LibdeflateSession> idle = new ConcurrentLinkedQueue<>();
    private final AtomicInteger idleCount = new AtomicInteger();

    private LibdeflateDecoder() {}

    /** Loads the library, binds its functions and checks one round trip against the JDK's deflater. */
    static LibdeflateDecoder bind() throws ExrFormatException {
        LibdeflateSession.bind();
        LibdeflateDecoder decoder = new LibdeflateDecoder();
        decoder.selfTest();
        return decoder;
    }

    @Override
    public int inflate(byte[] in, int offset, int length, int trailing, byte[] out, int capacity)
            throws ExrFormatException {
        if ((long) length + capacity > LARGEST_CALL) {
            JdkDeflateDecoder once = new JdkDeflateDecoder();
            try {
                return once.inflate(in, offset, length, trailing, out, capacity);
            } finally {
                once.end();
            }
        }
        LibdeflateSession session = idle.poll();
        if (session == null) {
            session = new LibdeflateSession();
        } else {
            idleCount.decrementAndGet();
        }
        try {
            return session.inflate(in, offset, length, trailing, out, capacity);
        } finally {
            giveBack(session);
        }
    }

    private void giveBack(LibdeflateSession session) {
        if (idleCount.incrementAndGet() <= KEPT_SESSIONS) {
            idle.offer(session);
        } else {
            idleCount.decrementAndGet();
            session.close();
        }
    }

    private void selfTest() throws ExrFormatException {
        byte[] data = new byte[4096];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * i >> 5);
        }
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        deflater.setInput(data);
        deflater.finish();
        byte[] packed = new byte[2 * data.length];
        int length = deflater.deflate(packed);
        deflater.end();
        byte[] back = new byte[data.length];
        if (inflate(packed, 0, length, 0, back, back.length) != data.length || !Arrays.equals(back, data)) {
            throw new IllegalStateException("libdeflate did not inflate its self-test to the data deflated");
        }
    }
}
