package crashy.notification;

import com.fasterxml.jackson.databind.JsonNode;
import crashy.testing.discord.FakeDiscord;
import crashy.testing.discord.FakeUser;
import crashy.testing.discord.StoredMessage;
import crashy.testing.telegram.FakeTelegram;
import crashy.testing.telegram.RecordedRequest;
import crashy.testing.telegram.ShownMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The DMs the fakes took, as the burst benchmark counts them: every new message (text, or picture with a caption) with
 * its chat, title, whether it came silently (a living progress message) and when the fake received it; and the titles
 * each chat shows now.
 */
record BurstDms(List<Sent> sent, Map<String, Set<String>> shownTitles) {
    private static final int SILENT = 4096;

    /** One new message as the fake received it, and whether it carried a picture. */
    record Sent(String chat, String title, boolean silent, Instant at, boolean picture) {}

    static BurstDms discord(FakeDiscord discord, List<FakeUser> artists) {
        List<Sent> sent = new ArrayList<>();
        Map<String, Set<String>> shown = new HashMap<>();
        for (FakeUser artist : artists) {
            Set<String> titles = new HashSet<>();
            for (StoredMessage message : discord.directMessagesTo(artist)) {
                StoredMessage first = discord.history(message.id()).get(0);
                sent.add(new Sent(
                        artist.id(),
                        title(first),
                        (first.flags() & SILENT) != 0,
                        first.createdAt(),
                        !first.attachments().isEmpty()));
                titles.add(title(message));
            }
            shown.put(artist.id(), titles);
        }
        return new BurstDms(sent, shown);
    }

    static BurstDms telegram(FakeTelegram telegram, List<Long> chats) {
        List<Sent> sent = new ArrayList<>();
        for (RecordedRequest send : telegram.requests()) {
            if (send.succeeded() && (send.isMethod("sendMessage") || send.isMethod("sendPhoto"))) {
                String html = send.text("text").or(() -> send.text("caption")).orElse("");
                sent.add(new Sent(
                        send.text("chat_id").orElse(""),
                        plain(html.lines().findFirst().orElse("")),
                        send.text("disable_notification")
                                .map(Boolean::parseBoolean)
                                .orElse(false),
                        send.receivedAt(),
                        send.isMethod("sendPhoto")));
            }
        }
        Map<String, Set<String>> shown = new HashMap<>();
        for (long chat : chats) {
            Set<String> titles = new HashSet<>();
            for (ShownMessage message : telegram.chat(chat).messages()) {
                titles.add(message.plainText().lines().findFirst().orElse(""));
            }
            shown.put(Long.toString(chat), titles);
        }
        return new BurstDms(sent, shown);
    }

    /** How many new messages of this title each chat got. */
    Map<String, Map<String, List<Instant>>> arrivals(boolean silent) {
        Map<String, Map<String, List<Instant>>> byChat = new HashMap<>();
        sent.stream()
                .filter(dm -> dm.silent() == silent)
                .forEach(dm -> byChat.computeIfAbsent(dm.chat(), chat -> new HashMap<>())
                        .computeIfAbsent(dm.title(), title -> new ArrayList<>())
                        .add(dm.at()));
        return byChat;
    }

    /** An embed's title as Discord shows it: without the backslashes that escape markdown. */
    private static String title(StoredMessage message) {
        List<JsonNode> embeds = message.embeds();
        String raw = embeds.isEmpty()
                ? message.content()
                : embeds.get(0).path("title").asText();
        return raw.replaceAll("\\\\([^0-9A-Za-z\\s])", "$1");
    }

    /** A title without its markup; the burst's titles have no characters HTML escapes. */
    private static String plain(String html) {
        return html.replaceAll("<[^>]+>", "");
    }
}
