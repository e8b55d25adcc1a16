package crashy.testing.discord;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The answer to one REST call, held back on a test's request: the fake has done what the call asked (a message is
 * stored), but the bot hears nothing until {@link #release()}, as when a process dies between Discord doing the work
 * and the answer arriving. Made by {@link FakeDiscord#holdAnswer}.
 */
public final class HeldAnswer {
    /** However a test ends, a held answer goes out after this, so no server thread waits forever. */
    private static final Duration LONGEST_HOLD = Duration.ofSeconds(60);

    private final Predicate<RecordedCall> matching;
    private final CountDownLatch held = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);
    private final AtomicBoolean taken = new AtomicBoolean();
    private volatile @Nullable RecordedCall call;

    HeldAnswer(Predicate<RecordedCall> matching) {
        this.matching = matching;
    }

    /** Waits until a matching call was carried out and its answer is being held; returns that call. */
    public RecordedCall awaitHeld(Duration timeout) {
        try {
            if (!held.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("No call to hold the answer of arrived within " + timeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for a call to hold", e);
        }
        RecordedCall arrived = call;
        if (arrived == null) {
            throw new IllegalStateException("held without a call");
        }
        return arrived;
    }

    /** Lets the held answer go out. */
    public void release() {
        released.countDown();
    }

    /** Whether this hold takes the call: the first that matches, and only that one. */
    boolean claim(RecordedCall candidate) {
        return matching.test(candidate) && taken.compareAndSet(false, true);
    }

    /** Blocks the server thread that answers {@code answered} until released. */
    void hold(RecordedCall answered) {
        call = answered;
        held.countDown();
        try {
            released.await(LONGEST_HOLD.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
