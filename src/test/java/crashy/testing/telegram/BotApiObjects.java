package crashy.testing.telegram;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the Bot API objects the fake hands out: users, chats, the messages users write and the updates carrying
 * them. Public so that a test can push an update of its own through {@link FakeTelegram#pushUpdate(ObjectNode)}.
 */
public final class BotApiObjects {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** What Telegram's clients mark as a command: {@code /name} or {@code /name@bot}, up to the first blank. */
    private static final Pattern COMMAND = Pattern.compile("/[A-Za-z0-9_]{1,32}(@[A-Za-z0-9_]+)?(?=\\s|$)");

    private BotApiObjects() {}

    public static ObjectNode user(long id, String firstName) {
        ObjectNode user = JSON.objectNode();
        user.put("id", id).put("is_bot", false).put("first_name", firstName).put("language_code", "en");
        return user;
    }

    /** A private chat for positive ids (a user's id is their chat's id), a supergroup for negative ones. */
    public static ObjectNode chat(long id, String name) {
        ObjectNode chat = JSON.objectNode();
        chat.put("id", id);
        if (id > 0) {
            chat.put("type", "private").put("first_name", name);
        } else {
            chat.put("type", "supergroup").put("title", name);
        }
        return chat;
    }

    /** A message a user wrote in their private chat with the bot; a leading {@code /word} is marked as a command. */
    public static ObjectNode userMessage(int messageId, long date, long userId, String firstName, String text) {
        ObjectNode message = JSON.objectNode();
        message.put("message_id", messageId).set("from", user(userId, firstName));
        message.set("chat", chat(userId, firstName));
        message.put("date", date).put("text", text);
        Matcher command = COMMAND.matcher(text);
        if (command.lookingAt()) {
            message.putArray("entities")
                    .addObject()
                    .put("type", "bot_command")
                    .put("offset", 0)
                    .put("length", command.end());
        }
        return message;
    }

    /** An update without its {@code update_id}, which the fake assigns when the update is pushed. */
    public static ObjectNode messageUpdate(ObjectNode message) {
        ObjectNode update = JSON.objectNode();
        update.set("message", message);
        return update;
    }

    /** A press on an inline button under {@code message}, as an update without its {@code update_id}. */
    public static ObjectNode callbackQueryUpdate(String queryId, ObjectNode from, ObjectNode message, String data) {
        ObjectNode query = JSON.objectNode();
        query.put("id", queryId).set("from", from);
        query.set("message", message);
        query.put("chat_instance", "-" + message.path("chat").path("id").asLong())
                .put("data", data);
        ObjectNode update = JSON.objectNode();
        update.set("callback_query", query);
        return update;
    }

    static ObjectNode botUser(long id) {
        ObjectNode bot = JSON.objectNode();
        bot.put("id", id).put("is_bot", true).put("first_name", "Crashy").put("username", "crashy_test_bot");
        bot.put("can_join_groups", true)
                .put("can_read_all_group_messages", false)
                .put("supports_inline_queries", false);
        return bot;
    }
}
