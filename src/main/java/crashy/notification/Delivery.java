package crashy.notification;

import java.time.Duration;
import java.util.Objects;

/** How sending one message went: sent (with the platform's message reference), try again later, or never. */
public sealed interface Delivery {
    /** The platform took the message; {@code messageRef} finds it again for edits. */
    record Sent(String messageRef) implements Delivery {
        public Sent {
            Objects.requireNonNull(messageRef, "messageRef");
        }
    }

    /** Rate limited, the platform failed, or the network did: try again after the given time. */
    record RetryLater(Duration after, String why) implements Delivery {
        public RetryLater {
            Objects.requireNonNull(after, "after");
            Objects.requireNonNull(why, "why");
        }
    }

    /** The user cannot get DMs (blocked the bot, DMs closed, left): recorded and shown, not retried. */
    record Undeliverable(String why) implements Delivery {
        public Undeliverable {
            Objects.requireNonNull(why, "why");
        }
    }
}
