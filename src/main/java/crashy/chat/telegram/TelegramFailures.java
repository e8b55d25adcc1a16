package crashy.chat.telegram;

import crashy.notification.Delivery;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import javax.net.ssl.SSLHandshakeException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;

/**
 * What a failed Bot API call means for a DM: flood control (429) is retried no sooner than Telegram asked; a user who
 * blocked the bot, deleted their account or never started a chat with it (403, "chat not found") cannot be reached,
 * and neither can a message that is gone; Telegram's own trouble (5xx) and the network's are retried shortly.
 */
final class TelegramFailures {
    static final Duration SHORT_RETRY = Duration.ofSeconds(2);
    static final Duration TOKEN_RETRY = Duration.ofMinutes(1);

    private TelegramFailures() {}

    static Delivery delivery(TelegramApiException failure) {
        if (failure instanceof TelegramApiValidationException) {
            return new Delivery.Undeliverable("not a valid Telegram message: " + failure.getMessage());
        }
        if (!(failure instanceof TelegramApiRequestException answer) || answer.getErrorCode() == null) {
            String why = neverSent(failure)
                    ? "Telegram is unreachable: "
                    : "Telegram's answer was lost; the message may have gone through: ";
            return new Delivery.RetryLater(SHORT_RETRY, why + describe(failure));
        }
        int status = answer.getErrorCode();
        String description = Objects.requireNonNullElse(answer.getApiResponse(), "HTTP " + status);
        if (status == 429) {
            return new Delivery.RetryLater(retryAfter(answer), description);
        }
        if (status == 401 || status == 404) {
            return new Delivery.RetryLater(TOKEN_RETRY, "Telegram refuses the bot token (" + status + ")");
        }
        if (status == 400 || status == 403) {
            return new Delivery.Undeliverable(description);
        }
        return new Delivery.RetryLater(SHORT_RETRY, description);
    }

    /** Whether an edit failed only because the message already reads like that. */
    static boolean isNotModified(TelegramApiException failure) {
        return failure instanceof TelegramApiRequestException answer
                && Integer.valueOf(400).equals(answer.getErrorCode())
                && Objects.requireNonNullElse(answer.getApiResponse(), "")
                        .toLowerCase(Locale.ROOT)
                        .contains("message is not modified");
    }

    private static Duration retryAfter(TelegramApiRequestException answer) {
        Integer seconds =
                answer.getParameters() == null ? null : answer.getParameters().getRetryAfter();
        return Duration.ofSeconds(Math.max(1, seconds == null ? 1 : seconds));
    }

    /**
     * Whether the call failed before Telegram could have taken it: no connection was made. Any other failure without
     * an answer (a read timeout, a connection cut) leaves it open whether Telegram carried the call out.
     */
    private static boolean neverSent(Throwable failure) {
        Throwable root = rootCause(failure);
        return root instanceof ConnectException
                || root instanceof UnknownHostException
                || root instanceof NoRouteToHostException
                || root instanceof SSLHandshakeException
                || (root instanceof SocketTimeoutException timeout
                        && Objects.requireNonNullElse(timeout.getMessage(), "")
                                .toLowerCase(Locale.ROOT)
                                .contains("connect"));
    }

    /** What went wrong, for a log line: the innermost cause's message ("Connection refused"), never a URL or token. */
    static String describe(Throwable failure) {
        Throwable root = rootCause(failure);
        String message = Objects.requireNonNullElse(root.getMessage(), "").strip();
        return message.isEmpty() ? root.getClass().getSimpleName() : message;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
