package crashy.chat.discord;

import crashy.message.ChatMessage;
import crashy.notification.ChatSender;
import crashy.notification.Delivery;
import crashy.notification.Mode;
import crashy.notification.Pictures;
import crashy.subscription.ChatPlatform;
import crashy.subscription.ChatUserId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Sends and edits Crashy's DMs on Discord for the outbox, on the courier's own threads: each call blocks until
 * Discord answered or {@link #TIMEOUT} passed, and every failure becomes a {@link Delivery}. The notification's key
 * becomes the message's nonce, which Discord enforces: an attempt repeated after a crash or a timeout gets the message
 * sent the first time instead of a second one.
 */
final class DiscordChatSender implements ChatSender {
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int NONCE_LENGTH = 24;

    private final Supplier<JDA> client;
    private final Duration timeout;
    private final Pictures pictures;

    /** @param client the connected JDA; throws while Discord is not connected */
    DiscordChatSender(Supplier<JDA> client, Duration timeout, Pictures pictures) {
        this.client = client;
        this.timeout = timeout;
        this.pictures = pictures;
    }

    @Override
    public ChatPlatform platform() {
        return ChatPlatform.DISCORD;
    }

    @Override
    public Delivery send(ChatUserId to, ChatMessage message, String key, Mode mode) {
        MessageCreateData data = DiscordMessages.create(pictures.prepare(message), mode == Mode.LIVE);
        return deliver(jda -> jda.openPrivateChannelById(to.value())
                .flatMap(channel -> channel.sendMessage(data).setNonce(nonce(key))));
    }

    @Override
    public Delivery edit(ChatUserId to, String messageRef, ChatMessage message) {
        MessageEditData data = DiscordMessages.edit(pictures.prepare(message));
        return deliver(jda ->
                jda.openPrivateChannelById(to.value()).flatMap(channel -> channel.editMessageById(messageRef, data)));
    }

    /** The same for every attempt at one notification, and within Discord's 25 characters. */
    static String nonce(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, NONCE_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * Runs the request and waits for it here rather than in {@code complete()}, whose wait neither ends at a deadline
     * once the request is on its way nor at an interrupt; JDA drops a request that could not start in time.
     */
    private Delivery deliver(Function<JDA, RestAction<Message>> request) {
        CompletableFuture<Message> answer;
        try {
            answer = request.apply(client.get())
                    .deadline(System.currentTimeMillis() + timeout.toMillis())
                    .submit();
        } catch (RuntimeException notStarted) {
            return DiscordFailures.delivery(notStarted);
        }
        try {
            return new Delivery.Sent(
                    answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS).getId());
        } catch (ExecutionException e) {
            return DiscordFailures.delivery(Objects.requireNonNullElse(e.getCause(), e));
        } catch (TimeoutException e) {
            answer.cancel(false);
            return DiscordFailures.notAnsweredWithin(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer.cancel(false);
            // Crashy is stopping; whether Discord took the DM or not, the nonce makes the next start's attempt safe.
            return new Delivery.RetryLater(Duration.ZERO, "interrupted while waiting for Discord");
        }
    }
}
