package crashy.notification;

import crashy.message.ChatMessage;
import crashy.subscription.ChatPlatform;
import crashy.subscription.ChatUserId;

/**
 * Sends DMs on one chat platform. Calls block until the platform answered and never throw for platform trouble:
 * every outcome is a {@link Delivery}.
 */
public interface ChatSender {
    ChatPlatform platform();

    /**
     * Sends a new DM. {@code key} is the same for every attempt at the same notification, for platforms that can use
     * it to drop a repeated attempt. A {@link Mode#LIVE} message starts the living progress DM and should arrive
     * silently where the platform can do that; a {@link Mode#NEW} one should make the phone buzz.
     */
    Delivery send(ChatUserId to, ChatMessage message, String key, Mode mode);

    /** Replaces the content of a DM sent earlier. */
    Delivery edit(ChatUserId to, String messageRef, ChatMessage message);
}
