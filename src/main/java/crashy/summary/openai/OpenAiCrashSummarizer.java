package crashy.summary.openai;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.errors.OpenAIException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.completions.CompletionUsage;
import crashy.summary.AiSummary;
import crashy.summary.ChatSafeText;
import crashy.summary.CrashSummarizer;
import crashy.summary.Evidence;
import crashy.summary.Tokens;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks an OpenAI chat model to explain one error, streaming the answer when someone watches it grow. The answer is
 * cleaned ({@link ChatSafeText}) before anyone sees it. Any failure gives an empty result and one WARN line saying why;
 * a rate limit or a refused key also pauses further calls, for the server's {@code retry-after} or an hour.
 */
final class OpenAiCrashSummarizer implements CrashSummarizer, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(OpenAiCrashSummarizer.class);

    private final OpenAiProperties properties;
    private final Clock clock;
    private final OpenAIClient client;
    private volatile Instant pausedUntil = Instant.MIN;

    OpenAiCrashSummarizer(OpenAiProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        // No retries: a summary is best-effort, and the caller's budget and store decide when to ask again.
        this.client = OpenAIOkHttpClient.builder()
                .apiKey(properties.key())
                .baseUrl(properties.baseUrl().toString())
                .timeout(properties.timeout())
                .maxRetries(0)
                .build();
    }

    @Override
    public Optional<AiSummary> summarize(Evidence evidence, Consumer<String> partialText) {
        if (clock.instant().isBefore(pausedUntil)) {
            return Optional.empty();
        }
        try {
            AiSummary answer = partialText == NO_PARTIAL_TEXT ? complete(evidence) : stream(evidence, partialText);
            if (answer.text().isBlank()) {
                log.warn(
                        "OpenAI gave no usable answer for error={}",
                        evidence.fingerprint().hash());
                return Optional.empty();
            }
            return Optional.of(answer);
        } catch (OpenAIException | UncheckedIOException e) {
            OpenAiFailure failure = OpenAiFailure.of(e, properties.timeout());
            if (!failure.pause().isZero()) {
                pausedUntil = clock.instant().plus(failure.pause());
            }
            log.warn("No AI summary for error={}: {}", evidence.fingerprint().hash(), failure.reason());
            return Optional.empty();
        }
    }

    private AiSummary complete(Evidence evidence) {
        ChatCompletion completion = client.chat().completions().create(Prompt.params(properties, evidence, false));
        String text = completion.choices().stream()
                .findFirst()
                .flatMap(choice -> choice.message().content())
                .orElse("");
        return answer(text, completion.model(), completion.usage().orElse(null), evidence);
    }

    private AiSummary stream(Evidence evidence, Consumer<String> partialText) {
        StringBuilder text = new StringBuilder();
        String model = properties.model();
        CompletionUsage usage = null;
        String shown = "";
        try (StreamResponse<ChatCompletionChunk> chunks =
                client.chat().completions().createStreaming(Prompt.params(properties, evidence, true))) {
            for (ChatCompletionChunk chunk : (Iterable<ChatCompletionChunk>) chunks.stream()::iterator) {
                model = chunk.model();
                usage = chunk.usage().orElse(usage);
                chunk.choices().forEach(choice -> choice.delta().content().ifPresent(text::append));
                String partial = ChatSafeText.partial(text.toString(), evidence.text());
                if (!partial.isEmpty() && !partial.equals(shown)) {
                    shown = partial;
                    partialText.accept(partial);
                }
            }
        }
        return answer(text.toString(), model, usage, evidence);
    }

    /** The cleaned answer with its cost, estimated when the server does not say. */
    private static AiSummary answer(String text, String model, @Nullable CompletionUsage usage, Evidence evidence) {
        int input = usage != null
                ? (int) usage.promptTokens()
                : Tokens.estimate(Prompt.INSTRUCTIONS + Prompt.userMessage(evidence));
        int output = usage != null ? (int) usage.completionTokens() : Tokens.estimate(text);
        return new AiSummary(ChatSafeText.of(text, evidence.text()), model, input, output);
    }

    @Override
    public void close() {
        client.close();
    }
}
