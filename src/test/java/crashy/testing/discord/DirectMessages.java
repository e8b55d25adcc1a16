package crashy.testing.discord;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The DM channels the bot opened, one per person, and the people whose settings refuse DMs from the bot. */
final class DirectMessages {
    private final Snowflakes ids;
    private final Map<String, String> channelByUser = new HashMap<>();
    private final Map<String, FakeUser> recipientByChannel = new HashMap<>();
    private final Set<String> refusing = new HashSet<>();

    DirectMessages(Snowflakes ids) {
        this.ids = ids;
    }

    /** The DM channel with this person, opened on first use as Discord does. */
    synchronized String open(FakeUser user) {
        return channelByUser.computeIfAbsent(user.id(), id -> {
            String channel = ids.next();
            recipientByChannel.put(channel, user);
            return channel;
        });
    }

    synchronized Optional<String> channelOf(FakeUser user) {
        return Optional.ofNullable(channelByUser.get(user.id()));
    }

    synchronized Optional<FakeUser> recipientOf(String channelId) {
        return Optional.ofNullable(recipientByChannel.get(channelId));
    }

    synchronized void refuse(FakeUser user, boolean refuses) {
        if (refuses) {
            refusing.add(user.id());
        } else {
            refusing.remove(user.id());
        }
    }

    /** Whether sending to this channel fails because its recipient does not accept DMs from the bot. */
    synchronized boolean refuses(String channelId) {
        return recipientOf(channelId).map(user -> refusing.contains(user.id())).orElse(false);
    }
}
