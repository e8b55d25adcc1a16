package crashy.farm;

import java.util.Objects;

/**
 * The farm could not answer: why is in {@link #reason()}, and the message is one line fit to show a user. Messages
 * never contain credentials.
 */
public final class FarmUnavailableException extends RuntimeException {
    /** Why the farm did not answer. */
    public enum Reason {
        /** Nothing listens at the address, or the name does not resolve. */
        UNREACHABLE,
        /** The connection or the answer took longer than the timeout. */
        TIMEOUT,
        /** HTTP 401: the Web Service wants other credentials. */
        UNAUTHORIZED,
        /** HTTP 5xx. */
        SERVER_ERROR,
        /** Another HTTP error (400, 404, 405, 501...): the request is not one this server understands. */
        REJECTED,
        /** A 200 answer that is not the JSON it should be. */
        BAD_RESPONSE
    }

    private final Reason reason;

    public FarmUnavailableException(Reason reason, String message) {
        this(reason, message, null);
    }

    public FarmUnavailableException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }
}
