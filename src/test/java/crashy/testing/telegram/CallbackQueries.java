package crashy.testing.telegram;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The callback queries pushed to the bot and how it answered them; each can be answered once. */
final class CallbackQueries {
    private final Set<String> open = new HashSet<>();
    private final Map<String, CallbackAnswer> answers = new HashMap<>();
    private long lastId = 4_310_000_000_000_000L;

    synchronized String open() {
        String id = Long.toString(++lastId);
        open.add(id);
        return id;
    }

    synchronized Answer answerCallbackQuery(Parameters call) {
        String id = call.text("callback_query_id").orElse("");
        if (!open.remove(id)) {
            return Answer.badRequest("query is too old and response timeout expired or query ID is invalid");
        }
        answers.put(id, new CallbackAnswer(id, call.text("text").orElse(""), call.flag("show_alert")));
        return Answer.ok(true);
    }

    synchronized Optional<CallbackAnswer> answerTo(String queryId) {
        return Optional.ofNullable(answers.get(queryId));
    }
}
