package crashy.testing.discord;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The {@code allowed_mentions} of a message payload. Without the field Discord pings everyone the content mentions;
 * {@link #pingsNobody()} holds only for an explicit "parse nothing, list nobody", and for a reply also "do not ping
 * the replied-to author". ({@code replied_user} alone means nothing on a message that replies to none; JDA sends
 * {@code true} there by default.)
 *
 * @param present whether the payload had the field at all
 * @param parse the mention types Discord may parse from the content: {@code users}, {@code roles}, {@code everyone}
 * @param users user ids that may be pinged
 * @param roles role ids that may be pinged
 * @param repliedUser whether a reply pings the author of the message it answers
 * @param reply whether the payload replies to a message ({@code message_reference})
 */
public record AllowedMentions(
        boolean present,
        List<String> parse,
        List<String> users,
        List<String> roles,
        boolean repliedUser,
        boolean reply) {
    public AllowedMentions {
        parse = List.copyOf(parse);
        users = List.copyOf(users);
        roles = List.copyOf(roles);
    }

    static AllowedMentions absent() {
        return new AllowedMentions(false, List.of(), List.of(), List.of(), false, false);
    }

    /** The field of a message payload, absent if the payload has none. */
    static AllowedMentions of(JsonNode payload) {
        JsonNode field = payload.path("allowed_mentions");
        if (!field.isObject()) {
            return absent();
        }
        return new AllowedMentions(
                true,
                Json.texts(field.path("parse")),
                Json.texts(field.path("users")),
                Json.texts(field.path("roles")),
                field.path("replied_user").asBoolean(false),
                payload.path("message_reference").isObject());
    }

    public boolean pingsNobody() {
        return present && parse.isEmpty() && users.isEmpty() && roles.isEmpty() && !(reply && repliedUser);
    }
}
