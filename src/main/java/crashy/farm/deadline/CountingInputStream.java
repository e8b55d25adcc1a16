package crashy.farm.deadline;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A response body that adds every byte read to the traffic counts of its endpoint as it streams in. */
final class CountingInputStream extends FilterInputStream {
    private final DeadlineTraffic traffic;
    private final String endpoint;

    CountingInputStream(InputStream body, DeadlineTraffic traffic, String endpoint) {
        super(body);
        this.traffic = traffic;
        this.endpoint = endpoint;
    }

    @Override
    public int read() throws IOException {
        int next = super.read();
        if (next >= 0) {
            traffic.received(endpoint, 1);
        }
        return next;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int count = super.read(buffer, offset, length);
        if (count > 0) {
            traffic.received(endpoint, count);
        }
        return count;
    }

    @Override
    public long skip(long count) throws IOException {
        long skipped = super.skip(count);
        traffic.received(endpoint, skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        // Bytes read again after a reset would be counted twice.
        return false;
    }
}
