package crashy.chat.telegram;

import crashy.subscription.Trust;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * How Crashy reaches Telegram: the bot token from {@code CRASHY_TELEGRAM_TOKEN} (without one Telegram stays off), the
 * Bot API's address ({@code CRASHY_TELEGRAM_API_URL}, for a local Bot API server or a test's fake), and the Telegram
 * user ids the farm vouches for ({@code CRASHY_TELEGRAM_ALLOWED_USERS}), who may link themselves.
 */
@ConfigurationProperties("crashy.telegram")
record TelegramProperties(
        @DefaultValue("true") boolean enabled,
        @Nullable String token,
        @DefaultValue("https://api.telegram.org") URI apiUrl,
        @DefaultValue Set<Long> allowedUsers) {

    TelegramProperties {
        token = token == null || token.isBlank() ? null : token.strip();
        Objects.requireNonNull(apiUrl, "crashy.telegram.api-url");
        if (!isBareHttpUrl(apiUrl)) {
            throw new IllegalArgumentException("crashy.telegram.api-url must be an http or https URL with a host and"
                    + " no path, like https://api.telegram.org, not " + shown(apiUrl));
        }
        allowedUsers = allowedUsers == null ? Set.of() : Set.copyOf(allowedUsers);
    }

    /** Settings for the Bot API at {@code apiUrl}, with this token and allowlist. */
    static TelegramProperties of(String token, URI apiUrl, Set<Long> allowedUsers) {
        return new TelegramProperties(true, token, apiUrl, allowedUsers);
    }

    /** The token; only for the client, never for messages or logs. */
    String requiredToken() {
        return Objects.requireNonNull(token, "crashy.telegram.token is not set");
    }

    /** Where telegrambots sends requests: {@code <schema>://<host>:<port>/bot<token>/<method>}. */
    TelegramUrl telegramUrl() {
        String schema = apiUrl.getScheme().toLowerCase(Locale.ROOT);
        int port = apiUrl.getPort() != -1 ? apiUrl.getPort() : schema.equals("https") ? 443 : 80;
        return new TelegramUrl(schema, apiUrl.getHost(), port, false);
    }

    /** Members on the allowlist; anyone else is a stranger unless linked. */
    Trust trustOf(long telegramUserId) {
        return allowedUsers.contains(telegramUserId) ? Trust.MEMBER : Trust.STRANGER;
    }

    private static boolean isBareHttpUrl(URI url) {
        String scheme = Objects.requireNonNullElse(url.getScheme(), "");
        String path = Objects.requireNonNullElse(url.getPath(), "");
        return (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                && url.getHost() != null
                && (path.isEmpty() || path.equals("/"))
                && url.getQuery() == null
                && url.getUserInfo() == null;
    }

    /** The URL without its user info, which may hold a password. */
    private static String shown(URI url) {
        String userInfo = url.getRawUserInfo();
        return userInfo == null ? url.toString() : url.toString().replace(userInfo + "@", "");
    }

    @Override
    public String toString() {
        return "TelegramProperties[enabled=" + enabled + ", token=" + (token == null ? "(none)" : "(hidden)")
                + ", apiUrl=" + apiUrl + ", allowedUsers=" + allowedUsers + "]";
    }
}
