package crashy.testing;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one piece of work at a time on a daemon thread of its own, each within a time limit, for fuzz tests: a mutant
 * that hangs the code under test shows as a timeout instead of a stuck build.
 */
public final class TimeBound implements AutoCloseable {
    private final ExecutorService executor;
    private final Duration limit;

    public TimeBound(String threadName, Duration limit) {
        this.limit = limit;
        this.executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** What became of one piece of work: it finished, it threw {@code failure}, or it ran out of time. */
    public record Outcome(Optional<Throwable> failure, boolean timedOut) {
        public String describe() {
            if (timedOut) {
                return "no result within the time limit";
            }
            return failure.map(thrown -> thrown + " at "
                            + java.util.List.of(thrown.getStackTrace())
                                    .subList(0, Math.min(3, thrown.getStackTrace().length)))
                    .orElse("finished");
        }
    }

    public Outcome run(Callable<?> work) throws InterruptedException {
        Future<?> result = executor.submit(work);
        try {
            result.get(limit.toMillis(), TimeUnit.MILLISECONDS);
            return new Outcome(Optional.empty(), false);
        } catch (TimeoutException e) {
            result.cancel(true);
            return new Outcome(Optional.empty(), true);
        } catch (ExecutionException e) {
            return new Outcome(Optional.of(e.getCause()), false);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
