package crashy.preview.exr;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** An {@link ExrInput} over a file; positional reads let several threads decode chunks at once. */
final class FileInput implements ExrInput {
    private final FileChannel channel;
    private final long length;

    private FileInput(FileChannel channel) throws IOException {
        this.channel = channel;
        this.length = channel.size();
    }

    static FileInput open(Path path) throws IOException {
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
        try {
            return new FileInput(channel);
        } catch (IOException e) {
            channel.close();
            throw e;
        }
    }

    @Override
    public long length() {
        return length;
    }

    @Override
    public int readUpTo(long position, byte[] buffer, int offset, int count) throws IOException {
        ByteBuffer target = ByteBuffer.wrap(buffer, offset, count);
        long at = position;
        while (target.hasRemaining()) {
            int n = channel.read(target, at);
            if (n < 0) {
                break;
            }
            at += n;
        }
        return (int) (at - position);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
