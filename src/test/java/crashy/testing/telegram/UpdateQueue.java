package crashy.testing.telegram;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The updates waiting for the bot, served like {@code getUpdates}: an offset confirms (and forgets) every update
 * below it, a negative one asks for the last few, and an empty queue is waited on for the call's {@code timeout} but
 * never longer than the fake's own long-poll cap, so that pollers stop promptly.
 */
final class UpdateQueue {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    private final List<ObjectNode> pending = new ArrayList<>();
    private final Duration longPollCap;
    private int lastUpdateId;
    private boolean closed;

    UpdateQueue(Duration longPollCap) {
        this.longPollCap = longPollCap;
    }

    /** Queues the update under the next {@code update_id}, which it returns. */
    int push(ObjectNode updateWithoutId) {
        lock.lock();
        try {
            ObjectNode update = JsonNodeFactory.instance.objectNode().put("update_id", ++lastUpdateId);
            update.setAll(updateWithoutId.deepCopy());
            pending.add(update);
            arrived.signalAll();
            return lastUpdateId;
        } finally {
            lock.unlock();
        }
    }

    ArrayNode take(long offset, int limit, Duration timeout) {
        lock.lock();
        try {
            if (offset > 0) {
                pending.removeIf(update -> update.get("update_id").asLong() < offset);
            }
            long wait = Math.min(timeout.toNanos(), longPollCap.toNanos());
            while (pending.isEmpty() && !closed && wait > 0) {
                wait = arrived.awaitNanos(wait);
            }
            int from = offset < 0 ? Math.max(0, pending.size() + (int) offset) : 0;
            ArrayNode updates = JsonNodeFactory.instance.arrayNode();
            pending.subList(from, Math.min(pending.size(), from + limit))
                    .forEach(update -> updates.add(update.deepCopy()));
            return updates;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return JsonNodeFactory.instance.arrayNode();
        } finally {
            lock.unlock();
        }
    }

    /** Lets every waiting poller go with what there is. */
    void close() {
        lock.lock();
        try {
            closed = true;
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
