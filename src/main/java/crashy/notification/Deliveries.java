package crashy.notification;

import crashy.subscription.ChatPlatform;
import crashy.subscription.SubscriptionService;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Works through the outbox, one {@link DeliveryLoop} per chat platform. Messages to one user go out in order, one at a
 * time; different users are served in parallel, so one slow or rate-limited user never holds up the others, and new
 * DMs go before edits of living messages.
 */
@Component
public final class Deliveries implements SmartLifecycle {
    private final Map<ChatPlatform, DeliveryLoop> loops = new EnumMap<>(ChatPlatform.class);
    private volatile boolean running;

    public Deliveries(List<ChatSender> senders, Outbox outbox, SubscriptionService subscriptions, Clock clock) {
        senders.forEach(sender -> loops.put(
                sender.platform(),
                new DeliveryLoop(sender.platform(), new Courier(sender, outbox, subscriptions, clock), outbox, clock)));
    }

    /** Whether some sender delivers to this platform (a platform without a token has none). */
    public boolean serves(ChatPlatform platform) {
        return loops.containsKey(platform);
    }

    /** Tells the loops that new notifications are queued. */
    public void wake() {
        loops.values().forEach(DeliveryLoop::wake);
    }

    /**
     * Delivers everything of the platform that is due now, in the calling thread (for tests; the running loops do this
     * on their own); returns how many notifications were attempted.
     */
    public int deliverDue(ChatPlatform platform) {
        DeliveryLoop loop = loops.get(platform);
        return loop == null ? 0 : loop.deliverDue();
    }

    @Override
    public synchronized void start() {
        running = true;
        loops.values().forEach(DeliveryLoop::start);
    }

    @Override
    public synchronized void stop() {
        running = false;
        loops.values().forEach(DeliveryLoop::stop);
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
