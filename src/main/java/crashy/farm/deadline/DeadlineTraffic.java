package crashy.farm.deadline;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What a {@link DeadlineFarmClient} asked the Web Service and how many response body bytes came back, in total and per
 * endpoint (the path with its significant parameters, such as {@code /api/jobs?States=Active}; id lists are left out).
 * Safe to read while requests run; the benchmark compares polling strategies with it.
 */
public final class DeadlineTraffic {
    private final Map<String, Counter> byEndpoint = new ConcurrentHashMap<>();

    /** Requests sent and response body bytes received. */
    public record Counts(long requests, long bytes) {
        public static final Counts NONE = new Counts(0, 0);

        Counts plus(Counts other) {
            return new Counts(requests + other.requests, bytes + other.bytes);
        }
    }

    /** The counters at one moment, endpoints in alphabetical order. */
    public record Snapshot(Counts total, Map<String, Counts> byEndpoint) {
        public Snapshot {
            Objects.requireNonNull(total, "total");
            byEndpoint = Collections.unmodifiableMap(new TreeMap<>(byEndpoint));
        }

        /** The counts of one endpoint key, {@link Counts#NONE} when it was never called. */
        public Counts of(String endpoint) {
            return byEndpoint.getOrDefault(endpoint, Counts.NONE);
        }
    }

    public Snapshot snapshot() {
        Map<String, Counts> counts = new HashMap<>();
        Counts total = Counts.NONE;
        for (Map.Entry<String, Counter> entry : byEndpoint.entrySet()) {
            Counts endpoint = entry.getValue().counts();
            counts.put(entry.getKey(), endpoint);
            total = total.plus(endpoint);
        }
        return new Snapshot(total, counts);
    }

    /** Starts counting from zero again, e.g. between two runs of a benchmark. */
    public void reset() {
        byEndpoint.clear();
    }

    void requested(String endpoint) {
        counter(endpoint).requests.increment();
    }

    void received(String endpoint, long bytes) {
        counter(endpoint).bytes.add(bytes);
    }

    private Counter counter(String endpoint) {
        return byEndpoint.computeIfAbsent(endpoint, key -> new Counter());
    }

    private static final class Counter {
        private final LongAdder requests = new LongAdder();
        private final LongAdder bytes = new LongAdder();

        Counts counts() {
            return new Counts(requests.sum(), bytes.sum());
        }
    }
}
