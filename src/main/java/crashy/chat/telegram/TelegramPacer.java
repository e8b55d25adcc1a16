package crashy.chat.telegram;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Spaces out what Crashy posts (new messages and edits alike) so that Telegram's flood control never has to: one
 * message a second per chat after a burst of two, and 25 a second over all chats after a burst of five (so never more
 * than 30 in a second). That is a little under Telegram's published limits, so network jitter cannot push a message
 * over them. A sender waits for its turn.
 */
final class TelegramPacer {
    static final Duration PER_CHAT = Duration.ofSeconds(1);
    static final int CHAT_BURST = 2;
    static final Duration OVERALL = Duration.ofMillis(40);
    static final int OVERALL_BURST = 5;
    private static final int FORGET_CHATS_ABOVE = 1_000;

    private final Clock clock;
    // When each bucket is next empty (the theoretical arrival time of the generic cell rate algorithm).
    private final Map<Long, Instant> chatFullUntil = new HashMap<>();
    private Instant overallFullUntil = Instant.EPOCH;

    TelegramPacer(Clock clock) {
        this.clock = clock;
    }

    /** Takes the next free slot for a message to this chat; returns how long to wait before sending it. */
    synchronized Duration reserve(long chatId) {
        Instant now = clock.instant();
        Instant chat = chatFullUntil.getOrDefault(chatId, now);
        Instant at = latest(
                now,
                chat.minus(PER_CHAT.multipliedBy(CHAT_BURST - 1)),
                overallFullUntil.minus(OVERALL.multipliedBy(OVERALL_BURST - 1)));
        if (chatFullUntil.size() > FORGET_CHATS_ABOVE) {
            chatFullUntil.values().removeIf(until -> until.isBefore(now));
        }
        chatFullUntil.put(chatId, latest(chat, at).plus(PER_CHAT));
        overallFullUntil = latest(overallFullUntil, at).plus(OVERALL);
        return Duration.between(now, at);
    }

    /** Waits for this chat's next slot; false when interrupted while waiting. */
    boolean awaitTurn(long chatId) {
        Duration wait = reserve(chatId);
        if (wait.isZero()) {
            return true;
        }
        try {
            TimeUnit.NANOSECONDS.sleep(wait.toNanos());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Instant latest(Instant first, Instant... others) {
        Instant latest = first;
        for (Instant other : others) {
            latest = other.isAfter(latest) ? other : latest;
        }
        return latest;
    }
}
