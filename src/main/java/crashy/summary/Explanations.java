package crashy.summary;

import crashy.job.JobId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gets the language model's explanation of one error and pays for it at most once: from the store when any job ever
 * paid for it, from the call already running for it, or from one new call within the daily token budget. A failed
 * error is not asked about again for {@link #RETRY_AFTER_FAILURE}.
 */
final class Explanations {
    private static final Logger log = LoggerFactory.getLogger(Explanations.class);
    /** What a reservation assumes an answer costs; adapters cap answers below it. */
    static final int OUTPUT_ALLOWANCE = 250;

    static final Duration RETRY_AFTER_FAILURE = Duration.ofMinutes(30);

    private final SummaryStore store;
    private final CrashSummarizer summarizer;
    private final TokenBudget budget;
    private final Clock clock;
    private final Map<String, CompletableFuture<Optional<String>>> running = new ConcurrentHashMap<>();
    private final Map<String, Instant> failed = new ConcurrentHashMap<>();
    private final AtomicBoolean budgetRestored = new AtomicBoolean();

    Explanations(SummaryStore store, CrashSummarizer summarizer, TokenBudget budget, Clock clock) {
        this.store = store;
        this.summarizer = summarizer;
        this.budget = budget;
        this.clock = clock;
    }

    /** The explanation; {@code evidence} is only built (and the report only fetched) when a call is due. */
    Optional<String> explain(
            JobId job, ErrorFingerprint fingerprint, Supplier<Evidence> evidence, Consumer<String> partialText) {
        restoreBudgetOnce();
        Optional<String> stored = store.find(fingerprint.hash()).map(StoredSummary::text);
        if (stored.isPresent()) {
            return stored;
        }
        CompletableFuture<Optional<String>> mine = new CompletableFuture<>();
        CompletableFuture<Optional<String>> other = running.putIfAbsent(fingerprint.hash(), mine);
        if (other != null) {
            return other.join();
        }
        try {
            // Another job's call may have finished between the first look and taking the slot.
            Optional<String> text = store.find(fingerprint.hash())
                    .map(StoredSummary::text)
                    .or(() -> call(job, fingerprint, evidence, partialText));
            mine.complete(text);
            return text;
        } finally {
            mine.complete(Optional.empty());
            running.remove(fingerprint.hash(), mine);
        }
    }

    private Optional<String> call(
            JobId job, ErrorFingerprint fingerprint, Supplier<Evidence> evidence, Consumer<String> partialText) {
        Instant failedAt = failed.get(fingerprint.hash());
        if (failedAt != null && clock.instant().isBefore(failedAt.plus(RETRY_AFTER_FAILURE))) {
            return Optional.empty();
        }
        Evidence shown = evidence.get();
        int prompt = shown.tokens() + Evidence.INSTRUCTION_ALLOWANCE;
        if (!budget.tryReserve(prompt + OUTPUT_ALLOWANCE)) {
            return Optional.empty();
        }
        Optional<AiSummary> summary = summarizer.summarize(shown, partialText);
        if (summary.isEmpty()) {
            // The prompt may have been paid for (a timeout), so it counts.
            budget.settle(prompt + OUTPUT_ALLOWANCE, prompt);
            failed.put(fingerprint.hash(), clock.instant());
            return Optional.empty();
        }
        budget.settle(prompt + OUTPUT_ALLOWANCE, summary.get().tokens());
        return Optional.of(kept(job, fingerprint, summary.get()));
    }

    private String kept(JobId job, ErrorFingerprint fingerprint, AiSummary answer) {
        store.save(StoredSummary.of(fingerprint, answer, clock.instant()));
        failed.remove(fingerprint.hash());
        log.info(
                "AI crash summary for job={} error={}: {} input and {} output tokens ({})",
                job,
                fingerprint.hash(),
                answer.inputTokens(),
                answer.outputTokens(),
                answer.model());
        return answer.text();
    }

    /** Counts what summaries stored today cost before a restart, once, on first use rather than at startup. */
    private void restoreBudgetOnce() {
        if (budgetRestored.compareAndSet(false, true)) {
            budget.spentEarlier(store.tokensSince(budget.startOfToday()));
        }
    }
}
