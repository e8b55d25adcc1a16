package crashy.summary.openai;

import com.openai.errors.OpenAIInvalidDataException;
import com.openai.errors.OpenAIIoException;
import com.openai.errors.OpenAIServiceException;
import com.openai.errors.PermissionDeniedException;
import com.openai.errors.RateLimitException;
import com.openai.errors.UnauthorizedException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Why a call failed, in words fit for one log line, and how long to leave OpenAI alone afterwards ({@code pause}, zero
 * for not at all). Never quotes the server's error text: OpenAI's refusal of a key repeats part of the key.
 */
record OpenAiFailure(String reason, Duration pause) {
    static final Duration DEFAULT_RATE_LIMIT_PAUSE = Duration.ofMinutes(1);
    static final Duration REFUSED_KEY_PAUSE = Duration.ofHours(1);

    static OpenAiFailure of(RuntimeException failure, Duration timeout) {
        if (failure instanceof RateLimitException rateLimit) {
            return rateLimited(rateLimit);
        }
        if (failure instanceof UnauthorizedException || failure instanceof PermissionDeniedException) {
            int status = ((OpenAIServiceException) failure).statusCode();
            return new OpenAiFailure(
                    "OpenAI refused the API key (" + status + "); check CRASHY_OPENAI_API_KEY; no calls for an hour",
                    REFUSED_KEY_PAUSE);
        }
        if (failure instanceof OpenAIServiceException service) {
            return new OpenAiFailure("OpenAI answered " + service.statusCode(), Duration.ZERO);
        }
        if (failure instanceof OpenAIIoException && isTimeout(failure)) {
            return new OpenAiFailure("no answer within " + timeout.toSeconds() + " s", Duration.ZERO);
        }
        if (failure instanceof OpenAIInvalidDataException) {
            return new OpenAiFailure("OpenAI's answer could not be read", Duration.ZERO);
        }
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        return new OpenAiFailure("OpenAI is unreachable (" + cause.getClass().getSimpleName() + ")", Duration.ZERO);
    }

    private static OpenAiFailure rateLimited(RateLimitException failure) {
        Duration pause = retryAfter(failure.headers().values("retry-after")).orElse(DEFAULT_RATE_LIMIT_PAUSE);
        return new OpenAiFailure("rate limited (429); no calls for " + pause.toSeconds() + " s", pause);
    }

    /** Seconds, as OpenAI sends it; an HTTP date or nonsense gives the default. */
    private static Optional<Duration> retryAfter(List<String> values) {
        if (values.isEmpty()) {
            return Optional.empty();
        }
        try {
            double seconds = Double.parseDouble(values.get(0).strip());
            return seconds >= 0 ? Optional.of(Duration.ofMillis((long) Math.ceil(seconds * 1000))) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isTimeout(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InterruptedIOException) {
                return true;
            }
        }
        return false;
    }
}
