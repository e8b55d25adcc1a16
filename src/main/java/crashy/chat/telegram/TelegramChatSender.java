package crashy.chat.telegram;

import crashy.message.ChatMessage;
import crashy.notification.ChatSender;
import crashy.notification.Delivery;
import crashy.notification.Mode;
import crashy.notification.Outgoing;
import crashy.notification.Pictures;
import crashy.subscription.ChatPlatform;
import crashy.subscription.ChatUserId;
import java.time.Clock;
import java.util.Optional;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Sends Crashy's DMs on Telegram: a user's private chat with the bot has their user id as its id. Every message waits
 * for its turn under Telegram's flood control, goes out as HTML (the living progress message silently), and its
 * message id is the reference for later edits. Failures become deliveries as {@link TelegramFailures} says.
 *
 * <p>At least once, not exactly once: the Bot API has no idempotency key and no way to look up what a bot sent, so when
 * Telegram took a message but its answer was lost (a read timeout, a connection cut), the outbox's retry sends it again
 * and the artist has it twice; a lost living message leaves a copy that is no longer edited. Losing a DM would be
 * worse. What keeps this rare: the read timeout is far longer than Telegram takes to answer, the HTTP client never
 * repeats a call by itself (not after a timeout, nor when a reused connection drops), and a failure that left the
 * call's fate open says so in the outbox. Edits are safe to repeat: one that changes nothing counts as sent.
 */
final class TelegramChatSender implements ChatSender {
    private final TelegramClient client;
    private final TelegramPacer pacer;
    private final Clock clock;
    private final Pictures pictures;

    TelegramChatSender(TelegramClient client, TelegramPacer pacer, Clock clock, Pictures pictures) {
        this.client = client;
        this.pacer = pacer;
        this.clock = clock;
        this.pictures = pictures;
    }

    @Override
    public ChatPlatform platform() {
        return ChatPlatform.TELEGRAM;
    }

    /** Telegram cannot drop a repeated attempt by key, so {@code key} goes unused. */
    @Override
    public Delivery send(ChatUserId to, ChatMessage message, String key, Mode mode) {
        Optional<Long> chat = chatOf(to);
        if (chat.isEmpty()) {
            return new Delivery.Undeliverable("not a Telegram user id: " + to.value());
        }
        // Drawn before waiting for a turn, so a slow picture never holds a turn others could use.
        Outgoing outgoing = pictures.prepare(message);
        if (!pacer.awaitTurn(chat.get())) {
            return interrupted();
        }
        boolean silent = mode == Mode.LIVE;
        try {
            Integer messageId = (outgoing.attachment().isPresent()
                            ? client.execute(TelegramMessages.photo(
                                    chat.get(),
                                    outgoing.message(),
                                    outgoing.attachment().get(),
                                    clock.instant(),
                                    silent))
                            : client.execute(
                                    TelegramMessages.send(chat.get(), outgoing.message(), clock.instant(), silent)))
                    .getMessageId();
            return new Delivery.Sent(messageId.toString());
        } catch (TelegramApiException e) {
            return TelegramFailures.delivery(e);
        }
    }

    @Override
    public Delivery edit(ChatUserId to, String messageRef, ChatMessage message) {
        Optional<Long> chat = chatOf(to);
        Optional<Integer> messageId = number(messageRef).map(Long::intValue);
        if (chat.isEmpty() || messageId.isEmpty()) {
            return new Delivery.Undeliverable("not a Telegram message: " + to.value() + "/" + messageRef);
        }
        if (!pacer.awaitTurn(chat.get())) {
            return interrupted();
        }
        try {
            if (message.picture().isPresent()) {
                // A photo's text is its caption; the photo sent first stays.
                client.execute(TelegramMessages.caption(
                        chat.get(), messageId.get(), message.withoutPicture(), clock.instant()));
            } else {
                client.execute(TelegramMessages.edit(chat.get(), messageId.get(), message, clock.instant()));
            }
            return new Delivery.Sent(messageRef);
        } catch (TelegramApiException e) {
            return TelegramFailures.isNotModified(e) ? new Delivery.Sent(messageRef) : TelegramFailures.delivery(e);
        }
    }

    private static Optional<Long> chatOf(ChatUserId user) {
        return user.platform() == ChatPlatform.TELEGRAM ? number(user.value()) : Optional.empty();
    }

    private static Optional<Long> number(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Delivery interrupted() {
        return new Delivery.RetryLater(TelegramFailures.SHORT_RETRY, "interrupted while waiting to send");
    }
}
