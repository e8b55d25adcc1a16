package crashy.testing.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The bot's global application commands, as Discord stores them: with an id, the application id and a version. */
final class CommandRegistry {
    private final Snowflakes ids;
    private final Map<String, ObjectNode> byName = new LinkedHashMap<>();

    CommandRegistry(Snowflakes ids) {
        this.ids = ids;
    }

    /** Replaces every command, keeping the ids of those whose names stay (Discord's bulk overwrite). */
    synchronized List<JsonNode> replaceAll(JsonNode commands) {
        Map<String, ObjectNode> old = new LinkedHashMap<>(byName);
        byName.clear();
        commands.forEach(command -> store(command, old));
        return all();
    }

    synchronized JsonNode upsert(JsonNode command) {
        return store(command, new LinkedHashMap<>(byName)).deepCopy();
    }

    synchronized List<JsonNode> all() {
        return byName.values().stream()
                .map(command -> (JsonNode) command.deepCopy())
                .toList();
    }

    synchronized Optional<JsonNode> named(String name) {
        return Optional.ofNullable(byName.get(name)).map(Json::copy);
    }

    private ObjectNode store(JsonNode command, Map<String, ObjectNode> old) {
        String name = command.path("name").asText();
        ObjectNode stored = command.deepCopy();
        ObjectNode previous = old.get(name);
        stored.put("id", previous == null ? ids.next() : previous.path("id").asText());
        stored.put("application_id", DiscordWorld.APPLICATION_ID).put("version", ids.next());
        if (!stored.has("type")) {
            stored.put("type", 1);
        }
        if (!stored.has("description")) {
            stored.put("description", "");
        }
        byName.put(name, stored);
        return stored;
    }
}
