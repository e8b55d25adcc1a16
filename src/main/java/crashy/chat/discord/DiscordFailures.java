package crashy.chat.discord;

import crashy.notification.Delivery;
import java.time.Duration;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import net.dv8tion.jda.api.requests.ErrorResponse;

/**
 * What a failed Discord request means for a DM: the user cannot get it (DMs closed, the bot blocked, no such user,
 * the message to edit is gone), or it may work later (rate limited, Discord failing, the network, a timeout).
 */
final class DiscordFailures {
    /** How soon to try again after Discord or the network failed. */
    static final Duration SOON = Duration.ofSeconds(5);

    private DiscordFailures() {}

    static Delivery delivery(Throwable failure) {
        if (failure instanceof RateLimitedException limited) {
            return rateLimited(limited.getRetryAfter());
        }
        if (failure instanceof ErrorResponseException error) {
            return ofResponse(error);
        }
        if (failure instanceof NumberFormatException) {
            return new Delivery.Undeliverable("not a Discord user id");
        }
        return new Delivery.RetryLater(SOON, "Discord cannot be reached: " + describe(failure));
    }

    static Delivery notAnsweredWithin(Duration timeout) {
        return new Delivery.RetryLater(SOON, "Discord did not answer within " + timeout.toSeconds() + "s");
    }

    private static Delivery ofResponse(ErrorResponseException error) {
        ErrorResponse response = error.getErrorResponse();
        int status = error.getResponse().code;
        if (response == ErrorResponse.CANNOT_SEND_TO_USER) {
            return new Delivery.Undeliverable("Discord refuses DMs to this user (DMs closed, or the bot blocked)");
        }
        if (response == ErrorResponse.UNKNOWN_USER) {
            return new Delivery.Undeliverable("Discord knows no such user");
        }
        if (response == ErrorResponse.UNKNOWN_MESSAGE || response == ErrorResponse.UNKNOWN_CHANNEL) {
            return new Delivery.Undeliverable("the message is gone from Discord");
        }
        if (status == 429) {
            return rateLimited(SOON.toMillis());
        }
        if (status >= 500 || status < 0 || error.isServerError()) {
            return new Delivery.RetryLater(SOON, "Discord failed: " + error.getMessage());
        }
        // Any other refusal would be repeated word for word; Discord counts repeated refusals towards a ban.
        return new Delivery.Undeliverable("Discord refused the DM: " + error.getMessage());
    }

    private static Delivery rateLimited(long retryAfterMillis) {
        return new Delivery.RetryLater(Duration.ofMillis(Math.max(1000, retryAfterMillis)), "rate limited by Discord");
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return message == null || message.isBlank()
                ? failure.getClass().getSimpleName()
                : message.lines().findFirst().orElse(message);
    }
}
