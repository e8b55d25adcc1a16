package crashy.preview.exr;

import java.io.IOException;
import javax.imageio.stream.ImageInputStream;

/** An {@link ExrInput} over an ImageIO stream; reads are serialised because the stream has one position. */
final class StreamInput implements ExrInput {
    private final ImageInputStream stream;
    private final long origin;
    private final long length;

    StreamInput(ImageInputStream stream) throws IOException {
        this.stream = stream;
        this.origin = stream.getStreamPosition();
        long total = stream.length();
        this.length = total < 0 ? -1 : total - origin;
    }

    @Override
    public long length() {
        return length;
    }

    @Override
    public synchronized int readUpTo(long position, byte[] buffer, int offset, int count) throws IOException {
        stream.seek(origin + position);
        int done = 0;
        while (done < count) {
            int n = stream.read(buffer, offset + done, count - done);
            if (n < 0) {
                break;
            }
            done += n;
        }
        return done;
    }

    /** The stream belongs to the ImageIO caller, who closes it. */
    @Override
    public void close() {}
}
