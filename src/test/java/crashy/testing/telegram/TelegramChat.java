package crashy.testing.telegram;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What one chat shows at the moment {@link FakeTelegram#chat(long)} was called: the bot's messages in the order sent,
 * each in its latest version, without the deleted ones; {@link #versions(int)} gives a message's edit history.
 */
public final class TelegramChat {
    private final long chatId;
    private final Map<Integer, List<ShownMessage>> versionsById;
    private final Set<Integer> deletedIds;

    TelegramChat(long chatId, Map<Integer, List<ShownMessage>> versionsById, Set<Integer> deletedIds) {
        this.chatId = chatId;
        this.versionsById = Map.copyOf(versionsById);
        this.deletedIds = Set.copyOf(deletedIds);
    }

    public long chatId() {
        return chatId;
    }

    /** The bot's messages still in the chat, oldest first, each as last edited. */
    public List<ShownMessage> messages() {
        return versionsById.entrySet().stream()
                .filter(entry -> !deletedIds.contains(entry.getKey()))
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> entry.getValue().get(entry.getValue().size() - 1))
                .toList();
    }

    /** The newest message of the bot still in the chat; fails the test when there is none. */
    public ShownMessage lastMessage() {
        List<ShownMessage> messages = messages();
        if (messages.isEmpty()) {
            throw new AssertionError("the bot has no message in chat " + chatId);
        }
        return messages.get(messages.size() - 1);
    }

    /** A message as last edited, deleted or not. */
    public Optional<ShownMessage> message(int messageId) {
        return Optional.ofNullable(versionsById.get(messageId)).map(versions -> versions.get(versions.size() - 1));
    }

    /** Every version of a message, as sent first, then after each edit; empty for a message the bot never sent. */
    public List<ShownMessage> versions(int messageId) {
        return versionsById.getOrDefault(messageId, List.of());
    }

    public Set<Integer> deletedMessageIds() {
        return deletedIds;
    }
}
