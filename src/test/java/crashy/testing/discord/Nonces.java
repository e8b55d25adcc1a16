package crashy.testing.discord;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Discord's {@code enforce_nonce}: a new message whose nonce the bot used in the same channel within the last few
 * minutes is not created again; Discord answers with the message created the first time. A bot that derives the
 * nonce from what it means to send can so retry after a crash without sending twice.
 */
final class Nonces {
    /** "The past few minutes" of Discord's documentation (Create Message, {@code enforce_nonce}). */
    static final Duration KEPT = Duration.ofMinutes(5);

    private final Clock clock;
    private final Map<String, Remembered> seen = new HashMap<>();

    private record Remembered(String messageId, Instant at) {}

    Nonces(Clock clock) {
        this.clock = clock;
    }

    /**
     * The id of the message this payload stands for: the one created before with its nonce, or a new one made by
     * {@code create}. Checking and creating happen under one lock, so two attempts at once still make one message.
     */
    synchronized String messageFor(String channelId, JsonNode payload, Supplier<StoredMessage> create) {
        String nonce = payload.path("nonce").asText("");
        if (nonce.isEmpty() || !payload.path("enforce_nonce").asBoolean(false)) {
            return create.get().id();
        }
        String key = channelId + "/" + nonce;
        Instant now = clock.instant();
        Optional<Remembered> earlier = Optional.ofNullable(seen.get(key))
                .filter(remembered -> remembered.at().plus(KEPT).isAfter(now));
        if (earlier.isPresent()) {
            return earlier.get().messageId();
        }
        String created = create.get().id();
        seen.put(key, new Remembered(created, now));
        return created;
    }
}
