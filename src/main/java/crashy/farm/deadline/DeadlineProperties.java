package crashy.farm.deadline;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.validation.annotation.Validated;

/**
 * Where the Deadline Web Service is and how to log in to it. Without a {@code url} Crashy runs its demo farm; the user
 * and password come from {@code CRASHY_DEADLINE_USER} and {@code CRASHY_DEADLINE_PASSWORD}. The constructor checks the
 * values, so settings built without Spring (the {@code status} command line) are checked the same way.
 */
@Validated
@ConfigurationProperties("crashy.deadline")
public record DeadlineProperties(
        @Nullable URI url,
        @Nullable String user,
        @Nullable String password,
        @DefaultValue("10s") Duration timeout) {

    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public DeadlineProperties {
        // An empty CRASHY_DEADLINE_URL (common in compose files) means "not set", not "the empty URI".
        url = url == null || url.toString().isBlank() ? null : url;
        if (url != null && !isHttpWithHost(url)) {
            throw new IllegalArgumentException("crashy.deadline.url must be an http or https URL with a host, like "
                    + "http://deadline:8081, not " + shown(url));
        }
        user = user == null || user.isBlank() ? null : user.strip();
        timeout = Objects.requireNonNullElse(timeout, DEFAULT_TIMEOUT);
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("crashy.deadline.timeout must be positive, not " + timeout);
        }
    }

    /** Settings for a Web Service without authentication and the default timeout. */
    public static DeadlineProperties at(URI url) {
        return new DeadlineProperties(url, null, null, DEFAULT_TIMEOUT);
    }

    /**
     * The settings from environment variables as the command line sees them ({@code CRASHY_DEADLINE_URL},
     * {@code _USER}, {@code _PASSWORD}, {@code _TIMEOUT} like {@code 10s}); empty when no URL is set.
     */
    public static Optional<DeadlineProperties> fromEnvironment(Map<String, String> environment) {
        String url = environment.getOrDefault("CRASHY_DEADLINE_URL", "");
        if (url.isBlank()) {
            return Optional.empty();
        }
        String timeout = environment.getOrDefault("CRASHY_DEADLINE_TIMEOUT", "");
        return Optional.of(new DeadlineProperties(
                parse(url.strip()),
                environment.get("CRASHY_DEADLINE_USER"),
                environment.get("CRASHY_DEADLINE_PASSWORD"),
                timeout.isBlank() ? DEFAULT_TIMEOUT : DurationStyle.detectAndParse(timeout.strip())));
    }

    /** Like {@link URI#create} without repeating the text, which may hold a password, in the message. */
    private static URI parse(String url) {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(
                    "CRASHY_DEADLINE_URL is not a URL: " + e.getReason() + " at character " + (e.getIndex() + 1), e);
        }
    }

    public DeadlineProperties withLogin(String newUser, String newPassword) {
        return new DeadlineProperties(url, newUser, newPassword, timeout);
    }

    public DeadlineProperties withTimeout(Duration newTimeout) {
        return new DeadlineProperties(url, user, password, newTimeout);
    }

    /** The URL to send requests to: no user info, query or trailing slash. */
    URI baseUrl() {
        if (url == null) {
            throw new IllegalArgumentException("crashy.deadline.url is not set");
        }
        String path = url.getRawPath() == null ? "" : url.getRawPath();
        return URI.create(withoutUserInfo(url) + path.replaceAll("/+$", ""));
    }

    /**
     * The value of the {@code Authorization} header, sent with every request because real servers answer 401 without
     * a challenge. Credentials written into the URL count when no user is set.
     */
    Optional<String> authorization() {
        String login = user != null ? user + ":" + Objects.requireNonNullElse(password, "") : userInfo();
        if (login == null) {
            return Optional.empty();
        }
        return Optional.of("Basic " + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8)));
    }

    private @Nullable String userInfo() {
        return url == null || url.getUserInfo() == null || url.getUserInfo().isEmpty() ? null : url.getUserInfo();
    }

    /** The URL as messages and logs may show it: without the user info, which may hold a password. */
    static String shown(URI url) {
        String userInfo = url.getRawUserInfo();
        return userInfo == null ? url.toString() : url.toString().replace(userInfo + "@", "");
    }

    private static String withoutUserInfo(URI url) {
        String authority = Objects.requireNonNullElse(url.getRawAuthority(), "");
        String hostAndPort = authority.substring(authority.lastIndexOf('@') + 1);
        return url.getScheme() + "://" + hostAndPort;
    }

    private static boolean isHttpWithHost(URI url) {
        return ("http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme()))
                && url.getHost() != null
                && !url.getHost().isBlank();
    }

    @Override
    public String toString() {
        String shownUrl = url == null ? "(demo farm)" : shown(url);
        String shownPassword = password == null ? "(none)" : "(hidden)";
        return "DeadlineProperties[url=" + shownUrl + ", user=" + user + ", password=" + shownPassword + ", timeout="
                + timeout + "]";
    }
}
