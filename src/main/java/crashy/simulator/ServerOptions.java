package crashy.simulator;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How a {@link SimulatorServer} listens: the port (0 for any free one) and, if set, the Basic credentials every
 * {@code /api} request must carry. Real servers answer a failed login with a bare 401; {@code authChallenge} adds a
 * {@code WWW-Authenticate} header to it.
 */
public record ServerOptions(int port, @Nullable Credentials credentials, boolean authChallenge) {

    /** A Deadline user name and its Web Service password. */
    public record Credentials(String user, String password) {
        public Credentials {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
            if (user.isEmpty() || user.contains(":")) {
                throw new IllegalArgumentException("a user name is needed, without ':'");
            }
        }

        /** Reads {@code user:password}. */
        public static Credentials parse(String userAndPassword) {
            int colon = userAndPassword.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("expected user:password");
            }
            return new Credentials(userAndPassword.substring(0, colon), userAndPassword.substring(colon + 1));
        }
    }

    public ServerOptions {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0-65535: " + port);
        }
    }

    /** No authentication, on this port. */
    public static ServerOptions onPort(int port) {
        return new ServerOptions(port, null, false);
    }

    public ServerOptions withBasicAuth(String user, String password) {
        return new ServerOptions(port, new Credentials(user, password), authChallenge);
    }

    public ServerOptions withAuthChallenge(boolean challenge) {
        return new ServerOptions(port, credentials, challenge);
    }

    public Optional<Credentials> auth() {
        return Optional.ofNullable(credentials);
    }
}
