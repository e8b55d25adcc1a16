package crashy.summary;

import crashy.job.JobId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Summarises a failed job's crashes: groups its error reports, judges machine or scene, and answers at once with a
 * rule-based text; then, on its own threads, asks the {@link CrashSummarizer} (when there is one) about the largest
 * {@link #EXPLAINED_GROUPS} errors, each at most once ever. The caller never waits for the language model.
 */
@Component
public final class CrashSummaries implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(CrashSummaries.class);
    static final int EXPLAINED_GROUPS = 3;
    private static final int THREADS = 2;
    private static final int WAITING = 100;

    private final @Nullable Explanations explanations;
    private final ThreadPoolExecutor threads;

    public CrashSummaries(SummaryStore store, List<CrashSummarizer> summarizers, TokenBudget budget, Clock clock) {
        if (summarizers.size() > 1) {
            throw new IllegalStateException("expected at most one CrashSummarizer, not " + summarizers.size());
        }
        this.explanations = summarizers.isEmpty() ? null : new Explanations(store, summarizers.get(0), budget, clock);
        AtomicInteger count = new AtomicInteger();
        this.threads = new ThreadPoolExecutor(
                THREADS, THREADS, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(WAITING), task -> {
                    Thread thread = new Thread(task, "crash-summary-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    public CrashSummary summarize(JobFailures failures, ReportContents contents) {
        return summarize(failures, contents, CrashSummarizer.NO_PARTIAL_TEXT);
    }

    /**
     * The summary; {@code partialText} receives the language model's text so far while it streams (from a background
     * thread), {@code contents} is asked for the full text of one report per new error.
     */
    public CrashSummary summarize(JobFailures failures, ReportContents contents, Consumer<String> partialText) {
        List<GroupSummary> groups = ErrorGroups.of(failures.reports(), failures.tasks()).stream()
                .map(group ->
                        new GroupSummary(group, Attribution.of(group, failures.tasks()), RuleBasedSummaries.of(group)))
                .toList();
        return new CrashSummary(
                failures.job(), groups, ImmediateText.of(groups), later(failures.job(), groups, contents, partialText));
    }

    private CompletableFuture<Optional<String>> later(
            JobId job, List<GroupSummary> groups, ReportContents contents, Consumer<String> partialText) {
        Explanations ai = explanations;
        if (ai == null || groups.isEmpty()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        try {
            return CompletableFuture.supplyAsync(() -> explain(job, groups, contents, partialText), threads)
                    .exceptionally(failure -> {
                        log.warn("AI crash summary for job={} failed: {}", job, failure.toString());
                        return Optional.empty();
                    });
        } catch (RejectedExecutionException e) {
            log.warn("Too many crash summaries waiting; job={} gets the rule-based one only", job);
            return CompletableFuture.completedFuture(Optional.empty());
        }
    }

    private Optional<String> explain(
            JobId job, List<GroupSummary> groups, ReportContents contents, Consumer<String> partial) {
        Explanations ai = Objects.requireNonNull(explanations);
        List<ErrorGroup> all = groups.stream().map(GroupSummary::group).toList();
        List<GroupSummary> explained = groups.subList(0, Math.min(EXPLAINED_GROUPS, groups.size()));
        String bullet = explained.size() == 1 ? "" : "• ";
        List<String> texts = new ArrayList<>();
        for (GroupSummary summary : explained) {
            Consumer<String> growing = partial == CrashSummarizer.NO_PARTIAL_TEXT
                    ? partial
                    : soFar -> partial.accept(joined(texts, bullet + soFar));
            ai.explain(job, summary.group().fingerprint(), () -> evidence(job, summary, all, contents), growing)
                    .ifPresent(text -> texts.add(bullet + text));
            if (partial != CrashSummarizer.NO_PARTIAL_TEXT && !texts.isEmpty()) {
                partial.accept(String.join("\n", texts));
            }
        }
        return texts.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", texts));
    }

    private static Evidence evidence(JobId job, GroupSummary summary, List<ErrorGroup> all, ReportContents contents) {
        String text;
        try {
            text = contents.contents(job, summary.group().representative());
        } catch (RuntimeException e) {
            log.warn("No report text for the AI summary of job={}: {}", job, e.getMessage());
            text = "";
        }
        return Evidence.of(summary.group(), all, summary.attribution(), text);
    }

    private static String joined(List<String> done, String current) {
        List<String> all = new ArrayList<>(done);
        all.add(current);
        return String.join("\n", all);
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
