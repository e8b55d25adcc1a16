package crashy.testing.discord;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** The interactions the fake dispatched, how the bot acknowledged each, and the message each one's answer is. */
final class InteractionLedger {
    private final Map<String, InteractionTicket> byId = new HashMap<>();
    private final Map<String, String> idByToken = new HashMap<>();
    private final Map<String, Integer> acknowledgements = new HashMap<>();
    private final Map<String, String> originalMessages = new HashMap<>();

    synchronized void open(InteractionTicket ticket) {
        byId.put(ticket.id(), ticket);
        idByToken.put(ticket.token(), ticket.id());
    }

    synchronized Optional<InteractionTicket> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    synchronized Optional<InteractionTicket> byToken(String token) {
        return Optional.ofNullable(idByToken.get(token)).map(byId::get);
    }

    /** The callback type the bot answered with, if it did. */
    synchronized OptionalInt acknowledgement(String id) {
        Integer type = acknowledgements.get(id);
        return type == null ? OptionalInt.empty() : OptionalInt.of(type);
    }

    /** Records the callback; {@code originalMessageId} is the {@code @original} message, empty if there is none. */
    synchronized void acknowledge(String id, int type, String originalMessageId) {
        acknowledgements.put(id, type);
        if (!originalMessageId.isEmpty()) {
            originalMessages.put(id, originalMessageId);
        }
    }

    synchronized Optional<String> originalMessageId(String id) {
        return Optional.ofNullable(originalMessages.get(id));
    }
}
