package crashy.testing;

import crashy.message.ChatMessage;
import crashy.notification.ChatSender;
import crashy.notification.Delivery;
import crashy.notification.Mode;
import crashy.subscription.ChatPlatform;
import crashy.subscription.ChatUserId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** A chat platform that records what it was asked to send, and answers as scripted (sent, by default). */
public final class RecordingChatSender implements ChatSender {
    /** One call: a send (no ref) or an edit of {@code ref}. */
    public record Call(ChatUserId to, ChatMessage message, String ref, Mode mode) {}

    private final ChatPlatform platform;
    private final List<Call> calls = new ArrayList<>();
    private final Deque<Delivery> scripted = new ArrayDeque<>();
    private int sent;

    public RecordingChatSender(ChatPlatform platform) {
        this.platform = platform;
    }

    /** The next calls answer these, in order, before going back to "sent". */
    public synchronized RecordingChatSender thenAnswer(Delivery... deliveries) {
        scripted.addAll(List.of(deliveries));
        return this;
    }

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    @Override
    public ChatPlatform platform() {
        return platform;
    }

    @Override
    public synchronized Delivery send(ChatUserId to, ChatMessage message, String key, Mode mode) {
        calls.add(new Call(to, message, "", mode));
        return answer();
    }

    @Override
    public synchronized Delivery edit(ChatUserId to, String messageRef, ChatMessage message) {
        calls.add(new Call(to, message, messageRef, Mode.LIVE));
        return answer();
    }

    private Delivery answer() {
        Delivery next = scripted.poll();
        return next != null ? next : new Delivery.Sent("m" + (++sent));
    }
}
