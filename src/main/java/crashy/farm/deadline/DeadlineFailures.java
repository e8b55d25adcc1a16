package crashy.farm.deadline;

import com.fasterxml.jackson.core.JsonProcessingException;
import crashy.farm.FarmUnavailableException;
import crashy.farm.FarmUnavailableException.Reason;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLException;
import org.jspecify.annotations.Nullable;

/**
 * Words every way a request can fail as one {@link FarmUnavailableException}: one line that says what happened and,
 * where the user can fix it, what to change. Text from the server is cut to its first line and has the configured
 * secrets blanked out, in case a server echoes them.
 */
final class DeadlineFailures {
    private static final int MAX_DETAIL = 200;

    private final String server;
    private final String host;
    private final boolean loginConfigured;
    private final Duration timeout;
    private final List<String> secrets;

    DeadlineFailures(DeadlineProperties properties) {
        URI baseUrl = properties.baseUrl();
        this.server = "Deadline Web Service at " + baseUrl;
        this.host = String.valueOf(baseUrl.getHost());
        this.loginConfigured = properties.authorization().isPresent();
        this.timeout = properties.timeout();
        this.secrets = secrets(properties).stream()
                .filter(secret -> secret.length() >= 3)
                .toList();
    }

    /** A request that got no HTTP answer: refused, unresolvable, timed out, broken. */
    FarmUnavailableException transport(DeadlineEndpoint endpoint, Throwable failure) {
        if (causeOf(failure, HttpConnectTimeoutException.class) != null) {
            return new FarmUnavailableException(
                    Reason.TIMEOUT, server + " did not accept a connection within " + shown(timeout), failure);
        }
        if (causeOf(failure, HttpTimeoutException.class) != null) {
            return timedOut(endpoint, failure);
        }
        if (causeOf(failure, UnresolvedAddressException.class) != null
                || causeOf(failure, UnknownHostException.class) != null) {
            return unreachable("unknown host " + host, failure);
        }
        ConnectException refused = deepest(failure, ConnectException.class);
        if (refused != null) {
            return unreachable(
                    refused.getMessage() == null ? "connection refused" : lowerFirst(refused.getMessage()), failure);
        }
        SSLException tls = causeOf(failure, SSLException.class);
        if (tls != null) {
            return unreachable("TLS failed: " + oneLine(String.valueOf(tls.getMessage())), failure);
        }
        return unreachable(describe(rootOf(failure)), failure);
    }

    FarmUnavailableException timedOut(DeadlineEndpoint endpoint, Throwable failure) {
        return new FarmUnavailableException(
                Reason.TIMEOUT,
                server + " did not answer GET " + endpoint.key() + " within " + shown(timeout),
                failure);
    }

    /** The connection broke after the answer had begun. */
    FarmUnavailableException lost(DeadlineEndpoint endpoint, Throwable failure) {
        return unreachable(
                "the connection broke while reading GET " + endpoint.key() + " (" + describe(failure) + ")", failure);
    }

    FarmUnavailableException badResponse(DeadlineEndpoint endpoint, JsonProcessingException failure) {
        return new FarmUnavailableException(
                Reason.BAD_RESPONSE,
                server + " answered GET " + endpoint.key() + " with something other than the expected JSON: "
                        + oneLine(String.valueOf(failure.getOriginalMessage())),
                failure);
    }

    /** A non-2xx answer; {@code body} is the start of its text, {@code location} the target of a redirect. */
    FarmUnavailableException status(DeadlineEndpoint endpoint, int status, String body, @Nullable String location) {
        String request = "GET " + endpoint.key();
        String detail = body.isBlank() ? "" : ": " + oneLine(body);
        if (status == 401) {
            return new FarmUnavailableException(Reason.UNAUTHORIZED, unauthorized());
        }
        if (status >= 500) {
            return new FarmUnavailableException(
                    Reason.SERVER_ERROR, server + " failed on " + request + " with HTTP " + status + detail);
        }
        String redirect =
                location == null ? "" : " (redirects to " + oneLine(location) + "; set crashy.deadline.url there)";
        return new FarmUnavailableException(
                Reason.REJECTED, server + " rejected " + request + " with HTTP " + status + redirect + detail);
    }

    private String unauthorized() {
        String what = loginConfigured ? " refused the login (HTTP 401)" : " requires a login (HTTP 401)";
        return server + what + ": set CRASHY_DEADLINE_USER and CRASHY_DEADLINE_PASSWORD to a Deadline user name and "
                + "that user's Web Service password (Deadline Monitor → User Settings)";
    }

    private FarmUnavailableException unreachable(String why, Throwable failure) {
        return new FarmUnavailableException(Reason.UNREACHABLE, server + " is unreachable: " + why, failure);
    }

    private String describe(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + oneLine(message));
    }

    /** The first line of a text, without secrets, cut to a length a chat message can carry. */
    private String oneLine(String text) {
        String line = text.strip().lines().findFirst().orElse("").strip();
        for (String secret : secrets) {
            line = line.replace(secret, "***");
        }
        return line.length() <= MAX_DETAIL ? line : line.substring(0, MAX_DETAIL) + "…";
    }

    /** The password, the encoded login and the URL user info, in case a server echoes one of them. */
    private static List<String> secrets(DeadlineProperties properties) {
        List<String> secrets = new ArrayList<>();
        properties.authorization().ifPresent(header -> secrets.add(header.substring(header.indexOf(' ') + 1)));
        if (properties.password() != null) {
            secrets.add(properties.password());
        }
        String userInfo = properties.url() == null ? null : properties.url().getUserInfo();
        if (userInfo != null) {
            secrets.add(userInfo);
            secrets.add(userInfo.substring(userInfo.indexOf(':') + 1));
        }
        return secrets;
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
    }

    static String shown(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + " ms";
    }

    private static <E extends Throwable> @Nullable E causeOf(Throwable failure, Class<E> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static Throwable rootOf(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static <E extends Throwable> @Nullable E deepest(Throwable failure, Class<E> type) {
        E found = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            found = type.isInstance(cause) ? type.cast(cause) : found;
        }
        return found;
    }
}
