package crashy.testing.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Interaction callbacks (reply 4, deferred reply 5, deferred update 6, update message 7, autocomplete result 8,
 * modal 9) and the interaction webhook: follow-ups and the {@code @original} answer.
 */
final class InteractionRoutes {
    private static final int COMPONENT = 3;
    private static final int AUTOCOMPLETE = 4;

    private final DiscordState state;

    InteractionRoutes(DiscordState state) {
        this.state = state;
    }

    void register(RestRouter router) {
        router.addInteraction("POST", "interactions/{interaction_id}/{interaction_token}/callback", this::callback)
                .addInteraction("POST", "webhooks/{application_id}/{interaction_token}", this::followUp)
                .addInteraction(
                        "GET", "webhooks/{application_id}/{interaction_token}/messages/{message_id}", this::read)
                .addInteraction(
                        "PATCH", "webhooks/{application_id}/{interaction_token}/messages/{message_id}", this::edit)
                .addInteraction(
                        "DELETE", "webhooks/{application_id}/{interaction_token}/messages/{message_id}", this::delete);
    }

    private RestResponse callback(RestRequest request) {
        Optional<InteractionTicket> ticket = state.interactions()
                .byId(request.parameter("interaction_id"))
                .filter(open -> open.token().equals(request.parameter("interaction_token")));
        if (ticket.isEmpty()) {
            return RestResponse.error(404, 10062, "Unknown interaction");
        }
        if (state.interactions().acknowledgement(ticket.get().id()).isPresent()) {
            return RestResponse.error(400, 40060, "Interaction has already been acknowledged.");
        }
        int type = request.json().path("type").asInt(-1);
        Optional<RestResponse> rejected = reject(ticket.get(), type, request);
        if (rejected.isPresent()) {
            return rejected.get();
        }
        Optional<StoredMessage> message = answer(ticket.get(), type, request);
        String original =
                message.map(StoredMessage::id).orElse(type == 6 ? ticket.get().messageId() : "");
        state.interactions().acknowledge(ticket.get().id(), type, original);
        boolean withResponse =
                request.queryParameter("with_response").orElse("false").equals("true");
        return withResponse
                ? RestResponse.ok(callbackResponse(ticket.get(), type, message.orElse(null)))
                : RestResponse.noContent();
    }

    private static Optional<RestResponse> reject(InteractionTicket ticket, int type, RestRequest request) {
        boolean allowed = switch (type) {
            case 4, 5, 9 -> ticket.type() != AUTOCOMPLETE;
            case 6, 7 -> ticket.type() == COMPONENT;
            case 8 -> ticket.type() == AUTOCOMPLETE;
            default -> false;
        };
        if (!allowed) {
            return Optional.of(MessagePayloads.invalid(
                    "type: callback type " + type + " does not fit interaction " + "type " + ticket.type()));
        }
        JsonNode data = request.json().path("data");
        if (type == 4) {
            return MessagePayloads.rejectNew(data, request.files());
        }
        return type == 7 ? MessagePayloads.rejectEdit(data) : Optional.empty();
    }

    private Optional<StoredMessage> answer(InteractionTicket ticket, int type, RestRequest request) {
        JsonNode data = request.json().path("data");
        MessageStore messages = state.messages();
        return switch (type) {
            case 4 -> Optional.of(messages.create(ticket.channelId(), data, request.files(), 0, ticket.id()));
            case 5 ->
                Optional.of(messages.create(
                        ticket.channelId(),
                        Json.object(),
                        List.of(),
                        StoredMessage.LOADING | (data.path("flags").asInt(0) & StoredMessage.EPHEMERAL),
                        ticket.id()));
            case 7 -> messages.edit(ticket.messageId(), data, request.files());
            default -> Optional.empty();
        };
    }

    private ObjectNode callbackResponse(InteractionTicket ticket, int type, @Nullable StoredMessage message) {
        ObjectNode json = Json.object();
        ObjectNode interaction =
                json.putObject("interaction").put("id", ticket.id()).put("type", ticket.type());
        interaction.putNull("activity_instance_id");
        ObjectNode resource = json.putObject("resource").put("type", type);
        if (message != null) {
            interaction
                    .put("response_message_id", message.id())
                    .put("response_message_loading", message.isLoading())
                    .put("response_message_ephemeral", message.isEphemeral());
            resource.set("message", state.json(message));
        }
        return json;
    }

    private RestResponse followUp(RestRequest request) {
        Optional<InteractionTicket> ticket = acknowledged(request);
        if (ticket.isEmpty()) {
            return unknownWebhook();
        }
        JsonNode payload = request.json();
        return MessagePayloads.rejectNew(payload, request.files())
                .orElseGet(() -> RestResponse.ok(state.json(state.messages()
                        .create(
                                ticket.get().channelId(),
                                payload,
                                request.files(),
                                0,
                                ticket.get().id()))));
    }

    private RestResponse read(RestRequest request) {
        return acknowledged(request).isEmpty()
                ? unknownWebhook()
                : message(request)
                        .map(message -> RestResponse.ok(state.json(message)))
                        .orElseGet(InteractionRoutes::unknownMessage);
    }

    private RestResponse edit(RestRequest request) {
        Optional<RestResponse> rejected = MessagePayloads.rejectEdit(request.json());
        if (acknowledged(request).isEmpty()) {
            return unknownWebhook();
        }
        return rejected.orElseGet(() -> message(request)
                .flatMap(message -> state.messages().edit(message.id(), request.json(), request.files()))
                .map(message -> RestResponse.ok(state.json(message)))
                .orElseGet(InteractionRoutes::unknownMessage));
    }

    private RestResponse delete(RestRequest request) {
        return acknowledged(request).isEmpty()
                ? unknownWebhook()
                : message(request)
                        .flatMap(message -> state.messages().delete(message.id()))
                        .map(message -> RestResponse.noContent())
                        .orElseGet(InteractionRoutes::unknownMessage);
    }

    /** The interaction of a webhook call, if the application is ours and the bot has acknowledged it. */
    private Optional<InteractionTicket> acknowledged(RestRequest request) {
        if (!request.parameter("application_id").equals(DiscordWorld.APPLICATION_ID)) {
            return Optional.empty();
        }
        return state.interactions()
                .byToken(request.parameter("interaction_token"))
                .filter(ticket ->
                        state.interactions().acknowledgement(ticket.id()).isPresent());
    }

    /** {@code @original} or a message this interaction sent or acts on. */
    private Optional<StoredMessage> message(RestRequest request) {
        InteractionTicket ticket = acknowledged(request).orElseThrow();
        String asked = request.parameter("message_id");
        Optional<String> id =
                asked.equals("@original") ? state.interactions().originalMessageId(ticket.id()) : Optional.of(asked);
        return id.flatMap(state.messages()::find)
                .filter(message -> !message.deleted())
                .filter(message -> message.interactionId().equals(ticket.id())
                        || message.id().equals(ticket.messageId()));
    }

    private static RestResponse unknownWebhook() {
        return RestResponse.error(404, 10015, "Unknown Webhook");
    }

    private static RestResponse unknownMessage() {
        return RestResponse.error(404, 10008, "Unknown Message");
    }
}
