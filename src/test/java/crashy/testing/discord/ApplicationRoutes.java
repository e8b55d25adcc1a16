package crashy.testing.discord;

import com.fasterxml.jackson.databind.JsonNode;

/** The bot's own user, other users, and its global application commands. */
final class ApplicationRoutes {
    private final DiscordState state;

    ApplicationRoutes(DiscordState state) {
        this.state = state;
    }

    void register(RestRouter router) {
        router.add("GET", "users/@me", request -> RestResponse.ok(state.world().selfUser()))
                .add("GET", "users/{user_id}", this::user)
                .add("GET", "applications/{application_id}/commands", this::commands)
                .add("PUT", "applications/{application_id}/commands", this::replaceCommands)
                .add("POST", "applications/{application_id}/commands", this::upsertCommand);
    }

    private RestResponse user(RestRequest request) {
        return state.world()
                .userById(request.parameter("user_id"))
                .map(user -> RestResponse.ok(state.world().user(user)))
                .orElseGet(() -> RestResponse.error(404, 10013, "Unknown User"));
    }

    private RestResponse commands(RestRequest request) {
        if (!isOurs(request)) {
            return unknownApplication();
        }
        return RestResponse.ok(Json.arrayOf(state.commands().all()));
    }

    private RestResponse replaceCommands(RestRequest request) {
        JsonNode commands = request.json();
        if (!isOurs(request)) {
            return unknownApplication();
        }
        if (!commands.isArray()) {
            return MessagePayloads.invalid("Expected an array of commands");
        }
        return RestResponse.ok(Json.arrayOf(state.commands().replaceAll(commands)));
    }

    private RestResponse upsertCommand(RestRequest request) {
        JsonNode command = request.json();
        if (!isOurs(request)) {
            return unknownApplication();
        }
        if (!command.path("name").isTextual()) {
            return MessagePayloads.invalid("name: This field is required");
        }
        return RestResponse.ok(state.commands().upsert(command));
    }

    private static boolean isOurs(RestRequest request) {
        return request.parameter("application_id").equals(DiscordWorld.APPLICATION_ID);
    }

    private static RestResponse unknownApplication() {
        return RestResponse.error(404, 10002, "Unknown Application");
    }
}
