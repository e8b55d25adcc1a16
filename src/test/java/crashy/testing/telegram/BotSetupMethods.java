package crashy.testing.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The methods a bot calls while starting: {@code getMe}, {@code deleteWebhook}, and the command menu. Only the menu for
 * all chats in every language (no {@code scope} other than default, no {@code language_code}) is kept.
 */
final class BotSetupMethods {
    private final ObjectNode bot;
    private List<MenuCommand> commands = List.of();

    BotSetupMethods(ObjectNode bot) {
        this.bot = bot;
    }

    Answer getMe(Parameters call) {
        return Answer.ok(bot.deepCopy());
    }

    Answer deleteWebhook(Parameters call) {
        return Answer.ok(true);
    }

    synchronized Answer setMyCommands(Parameters call) {
        boolean defaultScope = call.json("scope")
                .map(scope -> scope.path("type").asText().equals("default"))
                .orElse(true);
        if (defaultScope && !call.has("language_code")) {
            List<MenuCommand> published = new ArrayList<>();
            for (JsonNode command : call.json("commands").orElseThrow()) {
                published.add(new MenuCommand(
                        command.get("command").asText(),
                        command.get("description").asText()));
            }
            commands = List.copyOf(published);
        }
        return Answer.ok(true);
    }

    synchronized Answer getMyCommands(Parameters call) {
        ArrayNode menu = JsonNodeFactory.instance.arrayNode();
        commands.forEach(command ->
                menu.addObject().put("command", command.command()).put("description", command.description()));
        return Answer.ok(menu);
    }

    synchronized List<MenuCommand> commands() {
        return commands;
    }
}
