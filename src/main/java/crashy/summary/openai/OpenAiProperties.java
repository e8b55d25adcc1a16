package crashy.summary.openai;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How Crashy talks to OpenAI (or a server with the same API): the key from {@code CRASHY_OPENAI_API_KEY} (without one
 * there are no AI summaries), {@code CRASHY_OPENAI_BASE_URL}, {@code CRASHY_OPENAI_MODEL}, the tokens a day may cost
 * ({@code CRASHY_OPENAI_DAILY_TOKENS}, 0 for none), how long one answer may take and how long it may be.
 */
@Validated
@ConfigurationProperties("crashy.openai")
record OpenAiProperties(
        @Nullable String apiKey,
        @DefaultValue("https://api.openai.com/v1") URI baseUrl,
        @DefaultValue("gpt-4o-mini") String model,
        @DefaultValue("200000") long dailyTokens,
        @DefaultValue("20s") Duration timeout,
        @DefaultValue("160") int maxOutputTokens) {

    OpenAiProperties {
        apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
        Objects.requireNonNull(baseUrl, "crashy.openai.base-url");
        if (!("http".equalsIgnoreCase(baseUrl.getScheme()) || "https".equalsIgnoreCase(baseUrl.getScheme()))
                || baseUrl.getHost() == null) {
            throw new IllegalArgumentException("crashy.openai.base-url must be an http or https URL with a host, like"
                    + " https://api.openai.com/v1");
        }
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("crashy.openai.model must name a model, like gpt-4o-mini");
        }
        if (dailyTokens < 0) {
            throw new IllegalArgumentException("crashy.openai.daily-tokens cannot be negative, not " + dailyTokens);
        }
        if (timeout == null || timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("crashy.openai.timeout must be positive, not " + timeout);
        }
        if (maxOutputTokens < 16 || maxOutputTokens > 1000) {
            throw new IllegalArgumentException(
                    "crashy.openai.max-output-tokens must be between 16 and 1000, not " + maxOutputTokens);
        }
    }

    boolean hasKey() {
        return apiKey != null;
    }

    /** The key; only for the client, never for messages or logs. */
    String key() {
        return Objects.requireNonNull(apiKey, "crashy.openai.api-key is not set");
    }

    @Override
    public String toString() {
        return "OpenAiProperties[apiKey=" + (apiKey == null ? "(none)" : "(hidden)") + ", baseUrl=" + baseUrl
                + ", model=" + model + ", dailyTokens=" + dailyTokens + ", timeout=" + timeout + ", maxOutputTokens="
                + maxOutputTokens + "]";
    }
}
