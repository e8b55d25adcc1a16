package crashy.testing.telegram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Every answered request and every violation, in order; tests block on it until the state they wait for appears. The
 * fake changes its state before it records the request, so anything a request did is visible once it is recorded.
 */
final class RequestLog {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final List<RecordedRequest> requests = new ArrayList<>();
    private final List<Violation> violations = new ArrayList<>();
    private long version;

    void record(RecordedRequest request) {
        update(() -> requests.add(request));
    }

    void violation(Violation violation) {
        update(() -> violations.add(violation));
    }

    List<RecordedRequest> requests() {
        return locked(() -> List.copyOf(requests));
    }

    List<Violation> violations() {
        return locked(() -> List.copyOf(violations));
    }

    RecordedRequest awaitRequest(Predicate<RecordedRequest> condition, Duration timeout) {
        return await(
                () -> requests().stream().filter(condition).findFirst(),
                timeout,
                () -> "no matching request; the fake received " + recentBesidesPolling());
    }

    private List<RecordedRequest> recentBesidesPolling() {
        List<RecordedRequest> calls = requests().stream()
                .filter(request -> !request.isMethod("getUpdates"))
                .toList();
        return calls.subList(Math.max(0, calls.size() - 20), calls.size());
    }

    /** Waits until the probe finds something, re-probing after each recorded request; fails the test on timeout. */
    <T> T await(Supplier<Optional<T>> probe, Duration timeout, Supplier<String> failure) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long seen = locked(() -> version);
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            lock.lock();
            try {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("waited " + timeout.toMillis() + " ms: " + failure.get());
                }
                if (version == seen) {
                    changed.await(left, TimeUnit.NANOSECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting", e);
            } finally {
                lock.unlock();
            }
        }
    }

    private void update(Runnable change) {
        lock.lock();
        try {
            change.run();
            version++;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private <T> T locked(Supplier<T> read) {
        lock.lock();
        try {
            return read.get();
        } finally {
            lock.unlock();
        }
    }
}
