package crashy.chat.telegram;

import crashy.notification.SendWindow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Spaces out what Crashy posts (new messages and edits alike) so that Telegram's flood control never has to: one
 * message a second per chat after a burst of two, and over all chats at most 28 in any 1.2 s. Telegram allows 30 a
 * second; the margin keeps network jitter and the odd unpaced reply from pushing a message over. A burst of DMs to
 * different chats (a night's renders finishing) goes out at once instead of one every 40 ms. A sender waits for its
 * turn.
 */
final class TelegramPacer {
    static final Duration PER_CHAT = Duration.ofSeconds(1);
    static final int CHAT_BURST = 2;
    static final int OVERALL = 28;
    static final Duration OVERALL_WINDOW = Duration.ofMillis(1200);
    private static final int FORGET_CHATS_ABOVE = 1_000;

    private final Clock clock;
    // When each chat's bucket is next empty (the theoretical arrival time of the generic cell rate algorithm).
    private final Map<Long, Instant> chatFullUntil = new HashMap<>();
    private final SendWindow overall;

    TelegramPacer(Clock clock) {
        this.clock = clock;
        this.overall = new SendWindow(OVERALL, OVERALL_WINDOW, clock);
    }

    /** Takes the next free slot for a message to this chat; returns how long to wait before sending it. */
    synchronized Duration reserve(long chatId) {
        Instant now = clock.instant();
        Instant chat = chatFullUntil.getOrDefault(chatId, now);
        Instant at = overall.reserve(latest(now, chat.minus(PER_CHAT.multipliedBy(CHAT_BURST - 1))));
        if (chatFullUntil.size() > FORGET_CHATS_ABOVE) {
            chatFullUntil.values().removeIf(until -> until.isBefore(now));
        }
        chatFullUntil.put(chatId, latest(chat, at).plus(PER_CHAT));
        return Duration.between(now, at);
    }

    /** Waits for this chat's next slot; false when interrupted while waiting. */
    boolean awaitTurn(long chatId) {
        return SendWindow.awaitUntil(clock.instant().plus(reserve(chatId)), clock);
    }

    private static Instant latest(Instant first, Instant second) {
        return second.isAfter(first) ? second : first;
    }
}
