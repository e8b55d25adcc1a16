package crashy.testing.discord;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** A thread-safe log that tests can wait on: waiting is on the log's monitor, never a sleep. */
final class Recorder<T> {
    private final String what;
    private final List<T> items = new ArrayList<>();

    Recorder(String what) {
        this.what = what;
    }

    synchronized void add(T item) {
        items.add(item);
        notifyAll();
    }

    synchronized List<T> all() {
        return List.copyOf(items);
    }

    /** The first item that matches, waiting up to the timeout for it to arrive. */
    T await(Predicate<? super T> matching, Duration timeout) {
        return awaitCount(matching, 1, timeout).get(0);
    }

    /** The first {@code count} items that match, waiting up to the timeout for them to arrive. */
    synchronized List<T> awaitCount(Predicate<? super T> matching, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<T> found = items.stream().filter(matching).limit(count).toList();
            long left = deadline - System.nanoTime();
            if (found.size() == count) {
                return found;
            }
            if (left <= 0) {
                throw new AssertionError("Waited " + timeout + " for " + count + " matching " + what + ", found "
                        + found.size() + "; all " + what + " so far:\n" + describe());
            }
            waitFor(left);
        }
    }

    /**
     * Waits until the probe finds a value. The probe looks at state that changes before an item is added here, so it
     * is asked again after each new item.
     */
    synchronized <R> R awaitValue(Supplier<Optional<R>> probe, Duration timeout, String description) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Optional<R> value = probe.get();
            long left = deadline - System.nanoTime();
            if (value.isPresent()) {
                return value.get();
            }
            if (left <= 0) {
                throw new AssertionError(
                        "Waited " + timeout + " for " + description + "; all " + what + " so far:\n" + describe());
            }
            waitFor(left);
        }
    }

    private void waitFor(long nanos) {
        try {
            wait(Math.max(1, nanos / 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for " + what, e);
        }
    }

    private String describe() {
        StringBuilder text = new StringBuilder();
        items.forEach(item -> text.append("  ").append(item).append('\n'));
        return text.toString();
    }
}
