package crashy.testing.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * One valid call held on arrival, before Telegram carried it out: the bot waits for the answer until the test either
 * {@link #release()}s the call (it is carried out and answered as usual) or {@link #cutOff()}s it (the connection
 * drops, nothing is carried out or recorded), as when the bot dies with the call in flight. Made by
 * {@link FakeTelegram#holdNext}.
 */
public final class HeldCall {
    /** However a test ends, a held call is cut off after this, so no server thread waits forever. */
    private static final Duration LONGEST_HOLD = Duration.ofSeconds(60);

    private final String method;
    private final Predicate<ObjectNode> matching;
    private final AtomicBoolean taken = new AtomicBoolean();
    private final CountDownLatch held = new CountDownLatch(1);
    private final CountDownLatch decided = new CountDownLatch(1);
    private volatile boolean carryOut;
    private volatile @Nullable ObjectNode parameters;

    HeldCall(String method, Predicate<ObjectNode> matching) {
        this.method = method;
        this.matching = matching;
    }

    /** Waits until a matching call arrived and is being held; returns its parameters. */
    public ObjectNode awaitHeld(Duration timeout) {
        try {
            if (!held.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("No " + method + " call to hold arrived within " + timeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for a call to hold", e);
        }
        ObjectNode arrived = parameters;
        if (arrived == null) {
            throw new IllegalStateException("held without a call");
        }
        return arrived.deepCopy();
    }

    /** Lets the held call go on: Telegram carries it out and answers. */
    public void release() {
        carryOut = true;
        decided.countDown();
    }

    /** Drops the held call's connection without carrying it out: Telegram never took it, and the bot gets no answer. */
    public void cutOff() {
        decided.countDown();
    }

    /** Whether this hold takes the call: the first that matches, and only that one. */
    boolean claim(String calledMethod, ObjectNode fields) {
        return method.equalsIgnoreCase(calledMethod) && matching.test(fields) && taken.compareAndSet(false, true);
    }

    /** Blocks the server thread answering the call until the test decides; true when the call is to be carried out. */
    boolean hold(ObjectNode fields) {
        parameters = fields.deepCopy();
        held.countDown();
        try {
            decided.await(LONGEST_HOLD.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return carryOut;
    }
}
