package crashy.subscription;

/** A request about links or subscriptions that cannot be granted; the message says why, fit for the user. */
public final class SubscriptionException extends RuntimeException {
    public SubscriptionException(String message) {
        super(message);
    }
}
