package crashy.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Which users of a platform a delivery worker serves now (and whether only with edits), and which rest after their
 * delivery threw, so that the loop does not spin on it. Workers report when they end; the loop takes that in before
 * each read of the outbox, so a user whose worker ended is only served again from a read that sees what it sent.
 */
final class ServedUsers {
    private final Duration rest;
    // Users being served, and whether their worker only edits (living messages, amendments).
    private final Map<String, Boolean> busy = new HashMap<>();
    private final Map<String, Instant> resting = new HashMap<>();
    private final Queue<Ended> ended = new ConcurrentLinkedQueue<>();

    ServedUsers(Duration rest) {
        this.rest = rest;
    }

    /** The loop hands this user to a worker. */
    void serving(String user, boolean onlyEdits) {
        busy.put(user, onlyEdits);
    }

    /** A worker that served this user ended, having thrown or not; any thread. */
    void ended(String user, boolean failed) {
        ended.add(new Ended(user, failed));
    }

    /** How many workers serve users with edits only ({@code true}), or with new DMs ({@code false}). */
    int serving(boolean onlyEdits) {
        return (int) busy.values().stream().filter(edits -> edits == onlyEdits).count();
    }

    /** The users not to hand out now: those being served, and those resting. */
    Set<String> unavailable(Instant now) {
        resting.values().removeIf(until -> !until.isAfter(now));
        for (Ended worker = ended.poll(); worker != null; worker = ended.poll()) {
            busy.remove(worker.user());
            if (worker.failed()) {
                resting.put(worker.user(), now.plus(rest));
            }
        }
        Set<String> unavailable = new HashSet<>(busy.keySet());
        unavailable.addAll(resting.keySet());
        return unavailable;
    }

    private record Ended(String user, boolean failed) {}
}
