package crashy.testing.discord;

import java.util.Objects;

/**
 * An interaction the fake dispatched: its id and token find the bot's callback ({@code interactions/{id}/{token}/
 * callback}) and follow-ups ({@code webhooks/{application}/{token}}).
 *
 * @param type 2 = application command, 3 = message component, 4 = autocomplete
 * @param channelId the channel it happened in: the guild's text channel or a DM
 * @param messageId for a component interaction, the message the component is on; empty otherwise
 */
public record InteractionTicket(String id, String token, int type, FakeUser user, String channelId, String messageId) {
    public InteractionTicket {
        Objects.requireNonNull(id);
        Objects.requireNonNull(token);
        Objects.requireNonNull(user);
        Objects.requireNonNull(channelId);
        Objects.requireNonNull(messageId);
    }

    /** The path of this interaction's callback below {@code /api/v10/}. */
    public String callbackPath() {
        return "interactions/" + id + "/" + token + "/callback";
    }
}
