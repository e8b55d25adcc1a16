package crashy.testing.telegram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every chat's state: the users' names, one message id sequence per chat shared by the user's and the bot's messages
 * (as in a real private chat), and the versions of the bot's messages. Thread-safe.
 */
final class Chats {
    private final Map<Long, String> firstNames = new HashMap<>();
    private final Map<Long, Integer> lastMessageIds = new HashMap<>();
    private final Map<Long, Map<Integer, List<ShownMessage>>> botMessages = new HashMap<>();
    private final Map<Long, Set<Integer>> deleted = new HashMap<>();

    synchronized void rememberUser(long chatId, String firstName) {
        firstNames.put(chatId, firstName);
    }

    synchronized String firstName(long chatId) {
        return firstNames.getOrDefault(chatId, "User " + chatId);
    }

    synchronized int nextMessageId(long chatId) {
        return lastMessageIds.merge(chatId, 1, Integer::sum);
    }

    synchronized void add(ShownMessage message) {
        List<ShownMessage> versions = new ArrayList<>();
        versions.add(message);
        botMessages.computeIfAbsent(message.chatId(), id -> new HashMap<>()).put(message.messageId(), versions);
    }

    /** The latest version of a bot message that was not deleted. */
    synchronized Optional<ShownMessage> current(long chatId, int messageId) {
        if (deleted.getOrDefault(chatId, Set.of()).contains(messageId)) {
            return Optional.empty();
        }
        List<ShownMessage> versions = botMessages.getOrDefault(chatId, Map.of()).get(messageId);
        return versions == null ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    synchronized void edit(ShownMessage newVersion) {
        botMessages.get(newVersion.chatId()).get(newVersion.messageId()).add(newVersion);
    }

    synchronized boolean delete(long chatId, int messageId) {
        return current(chatId, messageId).isPresent()
                && deleted.computeIfAbsent(chatId, id -> new HashSet<>()).add(messageId);
    }

    synchronized TelegramChat snapshot(long chatId) {
        Map<Integer, List<ShownMessage>> versions = new HashMap<>();
        botMessages.getOrDefault(chatId, Map.of()).forEach((id, list) -> versions.put(id, List.copyOf(list)));
        return new TelegramChat(chatId, versions, deleted.getOrDefault(chatId, Set.of()));
    }
}
