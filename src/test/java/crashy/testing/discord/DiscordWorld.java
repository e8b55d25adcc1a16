package crashy.testing.discord;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The world the fake serves, and its JSON as Discord's API v10 shapes it: the bot (user and application id
 * {@value #APPLICATION_ID}), one guild ({@value #GUILD_ID}) with an {@code @everyone} role, an "admin" role
 * ({@value #ADMIN_ROLE_ID}) and one text channel ({@value #CHANNEL_ID}), three people who are its members: alice
 * ({@code 4001}), bob ({@code 4002}) and carol ({@code 4003}), and dave ({@code 4009}), who is not a member and can
 * only talk to the bot in a DM. A fake built with {@code FakeDiscord.Builder#artists(int)} also knows that many more
 * people outside the guild ({@code artist0001} with id {@code 100001}, and so on), for DMs at scale. JDA 6.5.0 needs
 * every field written here (see docs/chat-fakes.md §1.2 and §5 pitfall 1); check them again on a JDA upgrade.
 */
public final class DiscordWorld {
    public static final String APPLICATION_ID = "1000";
    public static final String GUILD_ID = "2000";
    public static final String ADMIN_ROLE_ID = "2100";
    public static final String CHANNEL_ID = "3000";

    static final String JOINED_AT = "2024-01-01T00:00:00.000000+00:00";
    private static final long EVERYONE_PERMISSIONS = 64L // add reactions
            | 1L << 10 // view channel
            | 1L << 11 // send messages
            | 1L << 14 // embed links
            | 1L << 15 // attach files
            | 1L << 16 // read message history
            | 1L << 31; // use application commands
    private static final long ADMINISTRATOR = 8L;

    private final FakeUser bot = new FakeUser(APPLICATION_ID, "crashy", true);
    private final List<FakeUser> people =
            List.of(FakeUser.person("4001", "alice"), FakeUser.person("4002", "bob"), FakeUser.person("4003", "carol"));
    private final FakeUser outsider = FakeUser.person("4009", "dave");
    private final Map<String, FakeUser> artistsById;
    private final Map<String, Set<String>> extraRoles = new ConcurrentHashMap<>();

    DiscordWorld(int artists) {
        Map<String, FakeUser> byId = new LinkedHashMap<>();
        for (int i = 1; i <= artists; i++) {
            FakeUser artist = FakeUser.person(
                    Integer.toString(100_000 + i), String.format(java.util.Locale.ROOT, "artist%04d", i));
            byId.put(artist.id(), artist);
        }
        artistsById = Collections.unmodifiableMap(byId);
    }

    public FakeUser bot() {
        return bot;
    }

    public List<FakeUser> people() {
        return people;
    }

    /** The people outside the guild who only get DMs from the bot, oldest first; none unless the builder asked. */
    public List<FakeUser> artists() {
        return List.copyOf(artistsById.values());
    }

    /** A member of the guild, the outsider, or an artist. */
    public FakeUser person(String username) {
        return Stream.of(people.stream(), Stream.of(outsider), artistsById.values().stream())
                .flatMap(stream -> stream)
                .filter(person -> person.username().equals(username))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("No such person in the fake world: " + username));
    }

    /** Anyone the fake knows by id: the bot or a person. */
    public Optional<FakeUser> userById(String id) {
        return Stream.concat(Stream.of(bot, outsider), people.stream())
                .filter(user -> user.id().equals(id))
                .findFirst()
                .or(() -> Optional.ofNullable(artistsById.get(id)));
    }

    public boolean isMember(FakeUser user) {
        return user.equals(bot) || people.contains(user);
    }

    public boolean isAdmin(FakeUser user) {
        return rolesOf(user).contains(ADMIN_ROLE_ID);
    }

    void grantAdmin(FakeUser user) {
        extraRoles
                .computeIfAbsent(user.id(), id -> ConcurrentHashMap.newKeySet())
                .add(ADMIN_ROLE_ID);
    }

    Set<String> rolesOf(FakeUser user) {
        return Set.copyOf(extraRoles.getOrDefault(user.id(), Set.of()));
    }

    ObjectNode user(FakeUser user) {
        ObjectNode json = Json.object()
                .put("id", user.id())
                .put("username", user.username())
                .put("discriminator", "0")
                .put("global_name", user.username())
                .put("public_flags", 0)
                .put("flags", 0);
        json.putNull("avatar");
        if (user.bot()) {
            json.put("bot", true);
        }
        return json;
    }

    ObjectNode selfUser() {
        return user(bot).put("verified", true).put("mfa_enabled", false);
    }

    ObjectNode member(FakeUser user) {
        ObjectNode json = Json.object();
        json.set("user", user(user));
        ArrayNode roles = json.putArray("roles");
        rolesOf(user).forEach(roles::add);
        json.putNull("nick");
        json.putNull("avatar");
        json.putNull("premium_since");
        return json.put("joined_at", JOINED_AT)
                .put("deaf", false)
                .put("mute", false)
                .put("pending", false)
                .put("flags", 0);
    }

    /** A member as an interaction carries it: with the permissions the member has in the channel. */
    ObjectNode interactionMember(FakeUser user) {
        return member(user).put("permissions", Long.toString(permissionsOf(user)));
    }

    long permissionsOf(FakeUser user) {
        return EVERYONE_PERMISSIONS | (isAdmin(user) ? ADMINISTRATOR : 0L);
    }

    ObjectNode textChannel() {
        ObjectNode json = Json.object()
                .put("id", CHANNEL_ID)
                .put("type", 0)
                .put("guild_id", GUILD_ID)
                .put("name", "renders")
                .put("position", 0)
                .put("nsfw", false)
                .put("rate_limit_per_user", 0)
                .put("flags", 0);
        json.putArray("permission_overwrites");
        json.putNull("parent_id");
        json.putNull("topic");
        json.putNull("last_message_id");
        return json;
    }

    ObjectNode directMessageChannel(String channelId, FakeUser recipient) {
        ObjectNode json = Json.object().put("id", channelId).put("type", 1).put("flags", 0);
        json.putNull("last_message_id");
        json.putArray("recipients").add(user(recipient));
        return json;
    }

    ObjectNode ready(String sessionId, String resumeGatewayUrl) {
        ObjectNode json = Json.object().put("v", 10);
        json.set("user", selfUser());
        json.putArray("guilds").addObject().put("id", GUILD_ID).put("unavailable", true);
        json.putArray("private_channels");
        json.putArray("relationships");
        json.put("session_id", sessionId)
                .put("resume_gateway_url", resumeGatewayUrl)
                .put("session_type", "normal");
        json.putObject("application").put("id", APPLICATION_ID).put("flags", 0);
        json.putArray("shard").add(0).add(1);
        return json;
    }

    ObjectNode guildCreate() {
        ObjectNode json = guildBasics().put("unavailable", false).put("large", false);
        json.put("member_count", people.size() + 1).put("joined_at", JOINED_AT);
        ArrayNode members = json.putArray("members").add(member(bot));
        people.forEach(person -> members.add(member(person)));
        json.putArray("roles")
                .add(role(GUILD_ID, "@everyone", EVERYONE_PERMISSIONS, 0))
                .add(role(ADMIN_ROLE_ID, "admin", ADMINISTRATOR, 1));
        json.putArray("channels").add(textChannel());
        Stream.of("threads", "guild_scheduled_events", "emojis", "stickers", "voice_states", "presences")
                .forEach(json::putArray);
        Stream.of("stage_instances", "soundboard_sounds", "features").forEach(json::putArray);
        return json;
    }

    /** The guild as an interaction carries it. */
    ObjectNode interactionGuild() {
        ObjectNode json = Json.object().put("id", GUILD_ID).put("locale", "en-US");
        json.putArray("features");
        return json;
    }

    ObjectNode guildMemberUpdate(FakeUser user) {
        return member(user).put("guild_id", GUILD_ID);
    }

    private ObjectNode guildBasics() {
        ObjectNode json = Json.object()
                .put("id", GUILD_ID)
                .put("name", "Render Farm")
                .put("owner_id", people.get(0).id())
                .put("preferred_locale", "en-US")
                .put("afk_timeout", 300)
                .put("verification_level", 0)
                .put("default_message_notifications", 0)
                .put("explicit_content_filter", 0)
                .put("mfa_level", 0)
                .put("nsfw_level", 0)
                .put("premium_tier", 0)
                .put("premium_subscription_count", 0)
                .put("premium_progress_bar_enabled", false)
                .put("system_channel_flags", 0)
                .put("max_members", 500_000);
        Stream.of("icon", "splash", "banner", "description", "vanity_url_code", "afk_channel_id", "system_channel_id")
                .forEach(json::putNull);
        return json;
    }

    private static ObjectNode role(String id, String name, long permissions, int position) {
        ObjectNode json = Json.object()
                .put("id", id)
                .put("name", name)
                .put("permissions", Long.toString(permissions))
                .put("position", position)
                .put("color", 0)
                .put("hoist", false)
                .put("managed", false)
                .put("mentionable", false)
                .put("flags", 0);
        ObjectNode colors = json.putObject("colors").put("primary_color", 0);
        colors.putNull("secondary_color");
        colors.putNull("tertiary_color");
        json.putNull("icon");
        json.putNull("unicode_emoji");
        return json;
    }
}
