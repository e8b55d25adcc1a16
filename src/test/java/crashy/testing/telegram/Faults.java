package crashy.testing.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The failures a test asked for: scripted error answers per method, answers lost after the call was carried out, calls
 * held before they are carried out, and the users who blocked the bot.
 */
final class Faults {
    private final Map<String, Deque<ApiError>> scripted = new HashMap<>();
    private final Map<String, Integer> answersToLose = new HashMap<>();
    private final Set<String> blockedBy = new HashSet<>();
    private final List<HeldCall> holds = new ArrayList<>();

    synchronized void failNext(String method, int times, ApiError error) {
        Deque<ApiError> queue = scripted.computeIfAbsent(key(method), key -> new ArrayDeque<>());
        for (int i = 0; i < times; i++) {
            queue.add(error);
        }
    }

    /** The next scripted failure for this method, used up by asking. */
    synchronized Optional<ApiError> next(String method) {
        return Optional.ofNullable(
                scripted.getOrDefault(key(method), new ArrayDeque<>()).poll());
    }

    /** Forgets the scripted failures and answers to lose that were not used up yet. */
    synchronized void stopFailing() {
        scripted.clear();
        answersToLose.clear();
    }

    synchronized void loseAnswers(String method, int times) {
        answersToLose.merge(key(method), times, Integer::sum);
    }

    /** Whether this call's answer is to be lost, used up by asking. */
    synchronized boolean losesAnswer(String method) {
        int left = answersToLose.getOrDefault(key(method), 0);
        if (left > 0) {
            answersToLose.put(key(method), left - 1);
        }
        return left > 0;
    }

    synchronized HeldCall holdNext(String method, Predicate<ObjectNode> matching) {
        HeldCall hold = new HeldCall(method, matching);
        holds.add(hold);
        return hold;
    }

    /** The hold that takes this call, if one waits for it; used up by asking. */
    synchronized Optional<HeldCall> holdFor(String method, ObjectNode fields) {
        return holds.stream().filter(hold -> hold.claim(method, fields)).findFirst();
    }

    /** Cuts off every call held now, and any that a hold would take later. */
    void cutOffHeld() {
        List<HeldCall> all;
        synchronized (this) {
            all = List.copyOf(holds);
        }
        all.forEach(HeldCall::cutOff);
    }

    synchronized void block(long userId) {
        blockedBy.add(Long.toString(userId));
    }

    synchronized void unblock(long userId) {
        blockedBy.remove(Long.toString(userId));
    }

    synchronized boolean isBlocked(String chatId) {
        return blockedBy.contains(chatId);
    }

    private static String key(String method) {
        return method.toLowerCase(Locale.ROOT);
    }
}
