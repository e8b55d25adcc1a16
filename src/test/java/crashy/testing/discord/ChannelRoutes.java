package crashy.testing.discord;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** DM channels and the messages a bot sends to, edits in and reads from channels. */
final class ChannelRoutes {
    private final DiscordState state;

    ChannelRoutes(DiscordState state) {
        this.state = state;
    }

    void register(RestRouter router) {
        router.add("POST", "users/@me/channels", this::openDirectMessage)
                .add("GET", "channels/{channel_id}", this::channel)
                .add("POST", "channels/{channel_id}/messages", this::send)
                .add("GET", "channels/{channel_id}/messages/{message_id}", this::read)
                .add("PATCH", "channels/{channel_id}/messages/{message_id}", this::edit)
                .add("DELETE", "channels/{channel_id}/messages/{message_id}", this::delete);
    }

    private RestResponse openDirectMessage(RestRequest request) {
        return state.world()
                .userById(request.json().path("recipient_id").asText())
                .filter(user -> !user.bot())
                .map(user -> RestResponse.ok(state.world()
                        .directMessageChannel(state.directMessages().open(user), user)))
                .orElseGet(() -> MessagePayloads.invalid("recipient_id: Unknown user"));
    }

    private RestResponse channel(RestRequest request) {
        String channelId = request.parameter("channel_id");
        if (channelId.equals(DiscordWorld.CHANNEL_ID)) {
            return RestResponse.ok(state.world().textChannel());
        }
        return state.directMessages()
                .recipientOf(channelId)
                .map(user -> RestResponse.ok(state.world().directMessageChannel(channelId, user)))
                .orElseGet(ChannelRoutes::unknownChannel);
    }

    private RestResponse send(RestRequest request) {
        String channelId = request.parameter("channel_id");
        JsonNode payload = request.json();
        if (!state.isChannel(channelId)) {
            return unknownChannel();
        }
        if (state.directMessages().refuses(channelId)) {
            return RestResponse.error(403, 50007, "Cannot send messages to this user");
        }
        return MessagePayloads.rejectNew(payload, request.files()).orElseGet(() -> {
            String id = state.nonces()
                    .messageFor(
                            channelId,
                            payload,
                            () -> state.messages().create(channelId, payload, request.files(), 0, ""));
            return RestResponse.ok(state.json(state.messages().find(id).orElseThrow()));
        });
    }

    private RestResponse read(RestRequest request) {
        return message(request)
                .map(message -> RestResponse.ok(state.json(message)))
                .orElseGet(ChannelRoutes::unknownMessage);
    }

    private RestResponse edit(RestRequest request) {
        JsonNode payload = request.json();
        Optional<RestResponse> rejected = MessagePayloads.rejectEdit(payload);
        if (rejected.isPresent()) {
            return rejected.get();
        }
        return message(request)
                .flatMap(message -> state.messages().edit(message.id(), payload, request.files()))
                .map(message -> RestResponse.ok(state.json(message)))
                .orElseGet(ChannelRoutes::unknownMessage);
    }

    private RestResponse delete(RestRequest request) {
        return message(request)
                .flatMap(message -> state.messages().delete(message.id()))
                .map(message -> RestResponse.noContent())
                .orElseGet(ChannelRoutes::unknownMessage);
    }

    private Optional<StoredMessage> message(RestRequest request) {
        return state.messages()
                .find(request.parameter("message_id"))
                .filter(message -> message.channelId().equals(request.parameter("channel_id")))
                .filter(message -> !message.deleted() && !message.isEphemeral());
    }

    private static RestResponse unknownChannel() {
        return RestResponse.error(404, 10003, "Unknown Channel");
    }

    private static RestResponse unknownMessage() {
        return RestResponse.error(404, 10008, "Unknown Message");
    }
}
