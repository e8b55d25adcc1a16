package crashy.chat.discord;

import crashy.message.ChatMessage;
import crashy.notification.ChatSender;
import crashy.notification.Delivery;
import crashy.notification.Mode;
import crashy.notification.Pictures;
import crashy.notification.SendWindow;
import crashy.subscription.ChatPlatform;
import crashy.subscription.ChatUserId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.requests.RestAction;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

/**
 * Sends and edits Crashy's DMs on Discord for the outbox, on the courier's own threads: each call blocks until
 * Discord answered or {@link #TIMEOUT} passed, and every failure becomes a {@link Delivery}. The notification's key
 * becomes the message's nonce, which Discord enforces: an attempt repeated after a crash or a timeout gets the message
 * sent the first time instead of a second one. Each user's DM channel is opened once and remembered (until a request
 * to it fails), and requests are spaced to stay under Discord's global limit of 50 a second, which JDA does not
 * watch before it is refused.
 */
final class DiscordChatSender implements ChatSender {
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    // 45 requests in any 1.2 s: room under 50 a second for requests that arrive late and for Crashy's other calls.
    static final int REQUESTS_PER_WINDOW = 45;
    static final Duration WINDOW = Duration.ofMillis(1200);
    private static final int NONCE_LENGTH = 24;

    private final Supplier<JDA> client;
    private final Duration timeout;
    private final Pictures pictures;
    private final SendWindow requests;
    private final Map<String, PrivateChannel> channels = new ConcurrentHashMap<>();

    /** @param client the connected JDA; throws while Discord is not connected */
    DiscordChatSender(Supplier<JDA> client, Duration timeout, Pictures pictures) {
        this(client, timeout, pictures, new SendWindow(REQUESTS_PER_WINDOW, WINDOW, Clock.systemUTC()));
    }

    DiscordChatSender(Supplier<JDA> client, Duration timeout, Pictures pictures, SendWindow requests) {
        this.client = client;
        this.timeout = timeout;
        this.pictures = pictures;
        this.requests = requests;
    }

    @Override
    public ChatPlatform platform() {
        return ChatPlatform.DISCORD;
    }

    @Override
    public Delivery send(ChatUserId to, ChatMessage message, String key, Mode mode) {
        MessageCreateData data = DiscordMessages.create(pictures.prepare(message), mode == Mode.LIVE);
        return deliver(to, channel -> channel.sendMessage(data).setNonce(nonce(key)));
    }

    @Override
    public Delivery edit(ChatUserId to, String messageRef, ChatMessage message) {
        MessageEditData data = DiscordMessages.edit(pictures.prepare(message));
        return deliver(to, channel -> channel.editMessageById(messageRef, data));
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
    private Delivery deliver(ChatUserId to, Function<PrivateChannel, RestAction<Message>> action) {
        CompletableFuture<Message> answer;
        try {
            JDA jda = client.get();
            PrivateChannel known = channels.get(to.value());
            boolean open = known == null || known.getJDA() != jda;
            RestAction<Message> request = open ? opening(jda, to).flatMap(action) : action.apply(known);
            if (!requests.awaitTurns(open ? 2 : 1)) {
                return interrupted();
            }
            answer = request.deadline(System.currentTimeMillis() + timeout.toMillis())
                    .submit();
        } catch (RuntimeException notStarted) {
            return DiscordFailures.delivery(notStarted);
        }
        Delivery delivery = await(answer);
        if (!(delivery instanceof Delivery.Sent)) {
            channels.remove(to.value());
        }
        return delivery;
    }

    private RestAction<PrivateChannel> opening(JDA jda, ChatUserId to) {
        return jda.openPrivateChannelById(to.value()).onSuccess(channel -> channels.put(to.value(), channel));
    }

    private Delivery await(CompletableFuture<Message> answer) {
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
            return interrupted();
        }
    }

    private static Delivery interrupted() {
        return new Delivery.RetryLater(Duration.ZERO, "interrupted while waiting for Discord");
    }
}
