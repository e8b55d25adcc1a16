package crashy.testing.discord;

import java.io.ByteArrayOutputStream;
import java.util.zip.Deflater;

/**
 * Discord's {@code zlib-stream} transport compression: one deflate stream per connection, each payload flushed with
 * {@code SYNC_FLUSH} so its frame ends in {@code 00 00 FF FF}, the suffix JDA waits for (docs/chat-fakes.md §1.5).
 */
final class ZlibStream {
    private final Deflater deflater = new Deflater();
    private final byte[] buffer = new byte[8192];

    synchronized byte[] compress(byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        deflater.setInput(payload);
        int written;
        do {
            written = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
            out.write(buffer, 0, written);
        } while (written == buffer.length);
        return out.toByteArray();
    }

    synchronized void close() {
        deflater.end();
    }
}
