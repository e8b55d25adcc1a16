package crashy.testing.discord;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;

/** Everything the fake's REST routes and gateway share: the world and what the bot did in it. */
record DiscordState(
        DiscordWorld world,
        Snowflakes ids,
        Clock clock,
        MessageStore messages,
        DirectMessages directMessages,
        InteractionLedger interactions,
        CommandRegistry commands,
        Nonces nonces,
        AtomicReference<String> restBaseUrl) {

    static DiscordState fresh(Clock clock, int artists) {
        Snowflakes ids = new Snowflakes(clock);
        return new DiscordState(
                new DiscordWorld(artists),
                ids,
                clock,
                new MessageStore(ids, clock),
                new DirectMessages(ids),
                new InteractionLedger(),
                new CommandRegistry(ids),
                new Nonces(clock),
                new AtomicReference<>("http://127.0.0.1/api/v10/"));
    }

    ObjectNode json(StoredMessage message) {
        return MessageJson.of(message, world, restBaseUrl.get());
    }

    boolean isChannel(String channelId) {
        return channelId.equals(DiscordWorld.CHANNEL_ID)
                || directMessages.recipientOf(channelId).isPresent();
    }
}
