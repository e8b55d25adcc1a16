package crashy.simulator;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** How many requests a {@link SimulatorServer} answered and how many body bytes it sent, per path. */
public final class ServedTraffic {
    /** Requests and body bytes of one path. */
    public record PathTraffic(long requests, long bytes) {}

    private final Map<String, LongAdder[]> byPath = new ConcurrentHashMap<>();

    void record(String path, long bytes) {
        LongAdder[] counters = byPath.computeIfAbsent(path, key -> new LongAdder[] {new LongAdder(), new LongAdder()});
        counters[0].increment();
        counters[1].add(bytes);
    }

    /** A snapshot, sorted by path. */
    public Map<String, PathTraffic> byPath() {
        Map<String, PathTraffic> snapshot = new TreeMap<>();
        byPath.forEach((path, counters) -> snapshot.put(path, new PathTraffic(counters[0].sum(), counters[1].sum())));
        return snapshot;
    }

    public long requests() {
        return byPath().values().stream().mapToLong(PathTraffic::requests).sum();
    }

    public long bytes() {
        return byPath().values().stream().mapToLong(PathTraffic::bytes).sum();
    }

    public void reset() {
        byPath.clear();
    }
}
