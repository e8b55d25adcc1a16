package crashy.notification;

import crashy.message.ChatMessage;

/**
 * Draws the picture a message names, for the chat adapters, just before it is sent. Blocks until drawn or given up;
 * never throws for a missing or broken frame.
 */
public interface Pictures {
    Outgoing prepare(ChatMessage message);

    /** For platforms or tests without previews: every message goes out as text. */
    static Pictures none() {
        return Outgoing::textOnly;
    }
}
