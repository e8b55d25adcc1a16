package crashy.chat.discord;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How Crashy reaches Discord and whom it trusts there: the bot token from {@code CRASHY_DISCORD_TOKEN} (without one
 * Discord stays off), the guilds whose members have access ({@code CRASHY_DISCORD_GUILDS}), the role that makes a
 * member an admin ({@code CRASHY_DISCORD_ADMIN_ROLE}, an id or a name), and Discord's REST and gateway addresses.
 */
@ConfigurationProperties("crashy.discord")
record DiscordProperties(
        @DefaultValue("true") boolean enabled,
        @Nullable String token,
        @DefaultValue Set<Long> guilds,
        @Nullable String adminRole,
        @DefaultValue("https://discord.com/api/v10/") URI apiUrl,
        @DefaultValue("wss://gateway.discord.gg/") URI gatewayUrl) {

    DiscordProperties {
        token = token == null || token.isBlank() ? null : token.strip();
        guilds = guilds == null ? Set.of() : Set.copyOf(guilds);
        adminRole = adminRole == null || adminRole.isBlank() ? null : adminRole.strip();
        Objects.requireNonNull(apiUrl, "crashy.discord.api-url");
        Objects.requireNonNull(gatewayUrl, "crashy.discord.gateway-url");
        if (!hasScheme(apiUrl, "http", "https")) {
            throw new IllegalArgumentException("crashy.discord.api-url must be an http or https URL with a host, like"
                    + " https://discord.com/api/v10/, not " + apiUrl);
        }
        if (!hasScheme(gatewayUrl, "ws", "wss")) {
            throw new IllegalArgumentException("crashy.discord.gateway-url must be a ws or wss URL with a host, like"
                    + " wss://gateway.discord.gg/, not " + gatewayUrl);
        }
    }

    /** Settings for the Discord at these addresses, with this token, guilds and admin role. */
    static DiscordProperties of(String token, Set<Long> guilds, @Nullable String adminRole, URI api, URI gateway) {
        return new DiscordProperties(true, token, guilds, adminRole, api, gateway);
    }

    /** The token; only for JDA, never for messages or logs. */
    String requiredToken() {
        return Objects.requireNonNull(token, "crashy.discord.token is not set");
    }

    boolean trustsGuild(long guildId) {
        return guilds.contains(guildId);
    }

    /** Whether a role with this id and name is the admin role. */
    boolean isAdminRole(String roleId, String roleName) {
        return adminRole != null && (adminRole.equals(roleId) || adminRole.equalsIgnoreCase(roleName));
    }

    private static boolean hasScheme(URI url, String plain, String secure) {
        String scheme = Objects.requireNonNullElse(url.getScheme(), "").toLowerCase(Locale.ROOT);
        return (scheme.equals(plain) || scheme.equals(secure)) && url.getHost() != null && url.getUserInfo() == null;
    }

    @Override
    public String toString() {
        return "DiscordProperties[enabled=" + enabled + ", token=" + (token == null ? "(none)" : "(hidden)")
                + ", guilds=" + guilds + ", adminRole=" + adminRole + ", apiUrl=" + apiUrl + ", gatewayUrl="
                + gatewayUrl + "]";
    }
}
