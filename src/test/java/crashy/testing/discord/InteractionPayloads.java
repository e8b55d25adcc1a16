package crashy.testing.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Builds the {@code INTERACTION_CREATE} payloads of docs/chat-fakes.md §1.3 and opens each interaction in the
 * ledger, so the REST routes accept the bot's answers to it.
 */
final class InteractionPayloads {
    /** An interaction ready to dispatch. */
    record Prepared(InteractionTicket ticket, ObjectNode payload) {}

    private static final int APPLICATION_COMMAND = 2;
    private static final int MESSAGE_COMPONENT = 3;
    private static final int AUTOCOMPLETE = 4;
    private static final int BUTTON = 2;

    private final DiscordState state;

    InteractionPayloads(DiscordState state) {
        this.state = state;
    }

    Prepared slashCommand(FakeUser user, String name, List<SlashOption> options, boolean inGuild) {
        String channelId =
                inGuild ? DiscordWorld.CHANNEL_ID : state.directMessages().open(user);
        Prepared prepared = open(APPLICATION_COMMAND, user, channelId, "");
        ObjectNode data = commandData(name);
        ArrayNode values = data.putArray("options");
        options.forEach(option -> values.addObject()
                .put("name", option.name())
                .put("type", option.type())
                .set("value", option.value()));
        resolveUsers(data, options, inGuild);
        prepared.payload().set("data", data);
        return prepared;
    }

    Prepared autocomplete(FakeUser user, String command, String option, String partialValue) {
        Prepared prepared = open(AUTOCOMPLETE, user, DiscordWorld.CHANNEL_ID, "");
        ObjectNode data = commandData(command);
        data.putArray("options")
                .addObject()
                .put("name", option)
                .put("type", SlashOption.STRING)
                .put("value", partialValue)
                .put("focused", true);
        prepared.payload().set("data", data);
        return prepared;
    }

    Prepared buttonClick(FakeUser user, String messageId, String customId) {
        StoredMessage message = state.messages()
                .find(messageId)
                .filter(found -> !found.deleted())
                .orElseThrow(() -> new IllegalArgumentException("The bot sent no message " + messageId));
        if (!message.customIds().contains(customId)) {
            throw new IllegalArgumentException(
                    "Message " + messageId + " has no component " + customId + ", only " + message.customIds());
        }
        Prepared prepared = open(MESSAGE_COMPONENT, user, message.channelId(), messageId);
        prepared.payload().putObject("data").put("custom_id", customId).put("component_type", BUTTON);
        prepared.payload().set("message", state.json(message));
        return prepared;
    }

    private Prepared open(int type, FakeUser user, String channelId, String messageId) {
        if (channelId.equals(DiscordWorld.CHANNEL_ID) && !state.world().isMember(user)) {
            throw new IllegalArgumentException(user.username() + " is not a member of the guild; use a DM");
        }
        String id = state.ids().next();
        InteractionTicket ticket = new InteractionTicket(id, "token-" + id, type, user, channelId, messageId);
        state.interactions().open(ticket);
        return new Prepared(ticket, common(ticket));
    }

    private ObjectNode common(InteractionTicket ticket) {
        DiscordWorld world = state.world();
        boolean inGuild = ticket.channelId().equals(DiscordWorld.CHANNEL_ID);
        ObjectNode json = Json.object()
                .put("id", ticket.id())
                .put("application_id", DiscordWorld.APPLICATION_ID)
                .put("type", ticket.type())
                .put("token", ticket.token())
                .put("version", 1)
                .put("locale", "en-US")
                .put("app_permissions", Long.toString(world.permissionsOf(world.bot())))
                .put("channel_id", ticket.channelId())
                .put("context", inGuild ? 0 : 1);
        json.putArray("entitlements");
        json.putObject("authorizing_integration_owners").put("0", inGuild ? DiscordWorld.GUILD_ID : "0");
        if (inGuild) {
            json.put("guild_id", DiscordWorld.GUILD_ID).put("guild_locale", "en-US");
            json.set("guild", world.interactionGuild());
            json.set("channel", world.textChannel());
            json.set("member", world.interactionMember(ticket.user()));
        } else {
            json.set("channel", world.directMessageChannel(ticket.channelId(), ticket.user()));
            json.set("user", world.user(ticket.user()));
        }
        return json;
    }

    private ObjectNode commandData(String name) {
        String id = state.commands()
                .named(name)
                .map(command -> command.path("id").asText())
                .orElseGet(() -> state.ids().next());
        return Json.object().put("id", id).put("name", name).put("type", 1);
    }

    private void resolveUsers(ObjectNode data, List<SlashOption> options, boolean inGuild) {
        List<FakeUser> users = options.stream()
                .filter(option -> option.type() == SlashOption.USER)
                .map(SlashOption::value)
                .map(JsonNode::asText)
                .flatMap(id -> state.world().userById(id).stream())
                .toList();
        if (users.isEmpty()) {
            return;
        }
        ObjectNode resolved = data.putObject("resolved");
        ObjectNode userJson = resolved.putObject("users");
        users.forEach(user -> userJson.set(user.id(), state.world().user(user)));
        if (inGuild) {
            ObjectNode members = resolved.putObject("members");
            users.forEach(user -> {
                ObjectNode member = state.world().interactionMember(user);
                member.remove("user");
                members.set(user.id(), member);
            });
        }
    }
}
