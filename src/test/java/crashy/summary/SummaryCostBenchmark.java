package crashy.summary;

import crashy.job.ErrorReport;
import crashy.job.JobId;
import crashy.job.Task;
import crashy.job.TaskState;
import crashy.testing.InMemorySummaryStore;
import crashy.testing.MutableClock;
import crashy.testing.ScriptedCrashSummarizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Not a test: counts language-model calls and input tokens per failed job on a synthetic failure mix, for Crashy
 * (one call per new error, condensed evidence, stored answers) and for the original monitor (the whole first error log
 * of the first failing task pasted into one call per job). Prints a markdown table. Run with
 * {@code ./mvnw -B -q test-compile exec:java -Dexec.mainClass=crashy.summary.SummaryCostBenchmark
 * -Dexec.classpathScope=test [-Dexec.args="jobs seed"]}.
 */
public final class SummaryCostBenchmark {
    /** The original monitor's instructions around the pasted log, generously short. */
    private static final int ORIGINAL_INSTRUCTION_TOKENS = 50;
    /** gpt-4o-mini's context window: a longer prompt is refused, or must be cut by the caller. */
    private static final int CONTEXT_TOKENS = 128_000;

    private static final Instant START = Instant.parse("2026-03-14T10:00:00Z");

    private record Kind(String title, String logLine, boolean oneMachine) {}

    private static final List<Kind> KINDS = List.of(
            new Kind(
                    CrashTexts.ARNOLD_TEXTURE,
                    "00:00:04  1834MB ERROR   | [texturesys] unable to find texture"
                            + " \"/mnt/projects/orca/shots/sh010/tex/hull_diffuse.1001.tx\"",
                    false),
            new Kind(CrashTexts.VRAY_LICENCE, "V-Ray error: Could not obtain a license (-200)", false),
            new Kind(
                    CrashTexts.BLENDER_CUDA_OOM,
                    "CUDA error: Out of memory in cuMemAlloc_v2(&device_pointer, bytes)",
                    true),
            new Kind(CrashTexts.DEADLINE_TIMEOUT, "The task has exceeded its timeout of 60 minutes", false),
            new Kind(CrashTexts.ACCESS_VIOLATION, "Unhandled exception: EXCEPTION_ACCESS_VIOLATION", true),
            new Kind(CrashTexts.MAYA_PROCEDURE, "// Error: Cannot find procedure \"orcaSetupAovs\". //", false));

    private record Job(JobFailures failures, List<Kind> kinds, int logLines) {}

    private record Cost(String approach, int jobs, int calls, long inputTokens, long largest, int overContext) {}

    private SummaryCostBenchmark() {}

    public static void main(String[] args) throws Exception {
        int jobCount = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        List<Job> jobs = jobs(jobCount, new Random(seed));
        Cost crashy = crashy(jobs, true);
        Cost forgetful = crashy(jobs, false);
        Cost original = original(jobs);
        long reports =
                jobs.stream().mapToLong(job -> job.failures().reports().size()).sum();
        System.out.printf(
                Locale.ROOT,
                "%d failed jobs, %d error reports, %d distinct errors, seed %d%n%n",
                jobs.size(),
                reports,
                KINDS.size(),
                seed);
        System.out.println("| Approach | LLM calls | Calls per failed job | Input tokens | Input tokens per failed job"
                + " | Largest prompt (tokens) | Prompts over a 128k context |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        print(original);
        print(forgetful);
        print(crashy);
    }

    /**
     * Crashy's calls; {@code remembering} false gives every job an empty store, as if each error were new. Prompts count
     * the whole instruction allowance, more than Crashy's instructions take.
     */
    private static Cost crashy(List<Job> jobs, boolean remembering) throws Exception {
        MutableClock clock = new MutableClock(START);
        ScriptedCrashSummarizer model = new ScriptedCrashSummarizer();
        InMemorySummaryStore shared = new InMemorySummaryStore();
        for (Job job : jobs) {
            SummaryStore store = remembering ? shared : new InMemorySummaryStore();
            try (CrashSummaries summaries =
                    new CrashSummaries(store, List.of(model), new TokenBudget(Long.MAX_VALUE, clock), clock)) {
                summaries
                        .summarize(job.failures(), (id, report) -> contents(job, report))
                        .aiText()
                        .get(30, TimeUnit.SECONDS);
            }
            clock.advance(Duration.ofMinutes(10));
        }
        List<Long> prompts = model.calls().stream()
                .map(evidence -> (long) evidence.tokens() + Evidence.INSTRUCTION_ALLOWANCE)
                .toList();
        return cost(
                remembering
                        ? "Crashy (one call per new error, condensed evidence, answers stored)"
                        : "Crashy without its store (every error of every job new)",
                jobs.size(),
                prompts);
    }

    private static Cost original(List<Job> jobs) {
        List<Long> prompts = new ArrayList<>();
        for (Job job : jobs) {
            ErrorReport first = job.failures().reports().stream()
                    .min(Comparator.comparingInt(ErrorReport::task).thenComparing(ErrorReport::reportedAt))
                    .orElseThrow();
            prompts.add((long) Tokens.estimate(contents(job, first.id())) + ORIGINAL_INSTRUCTION_TOKENS);
        }
        return cost("Original monitor (whole first error log, one call per job)", jobs.size(), prompts);
    }

    private static Cost cost(String approach, int jobs, List<Long> prompts) {
        return new Cost(
                approach,
                jobs,
                prompts.size(),
                prompts.stream().mapToLong(Long::longValue).sum(),
                prompts.stream().mapToLong(Long::longValue).max().orElse(0),
                (int) prompts.stream().filter(tokens -> tokens > CONTEXT_TOKENS).count());
    }

    private static void print(Cost cost) {
        System.out.printf(
                Locale.ROOT,
                "| %s | %d | %.2f | %,d | %,.0f | %,d | %d |%n",
                cost.approach(),
                cost.calls(),
                (double) cost.calls() / cost.jobs(),
                cost.inputTokens(),
                (double) cost.inputTokens() / cost.jobs(),
                cost.largest(),
                cost.overContext());
    }

    /**
     * Jobs of 40 to 200 tasks; each fails with one to three errors of the pool, retried up to three times, and logs
     * 200 to 2,500 lines of render output before an error.
     */
    private static List<Job> jobs(int count, Random random) {
        List<Job> jobs = new ArrayList<>();
        for (int number = 1; number <= count; number++) {
            JobId id = new JobId("%024x".formatted(0x60ae9508f69eL * 1000 + number));
            int tasks = 40 + random.nextInt(161);
            List<Kind> kinds = new ArrayList<>(KINDS);
            Collections.shuffle(kinds, random);
            kinds = kinds.subList(0, 1 + random.nextInt(3));
            jobs.add(new Job(failures(id, tasks, kinds, random), kinds, 200 + random.nextInt(2_300)));
        }
        return jobs;
    }

    private static JobFailures failures(JobId job, int taskCount, List<Kind> kinds, Random random) {
        List<ErrorReport> reports = new ArrayList<>();
        List<Task> tasks = new ArrayList<>();
        int failing = taskCount / 2 + random.nextInt(taskCount / 2);
        for (int task = 0; task < taskCount; task++) {
            String worker = "render%02d".formatted(1 + random.nextInt(16));
            if (task >= failing) {
                tasks.add(new Task(job, task, task + "-" + task, TaskState.COMPLETED, worker, 0, START, START));
                continue;
            }
            Kind kind = kinds.get(random.nextInt(kinds.size()));
            int attempts = 1 + random.nextInt(3);
            for (int attempt = 0; attempt < attempts; attempt++) {
                String on = kind.oneMachine() ? (random.nextBoolean() ? "render07" : "render12") : worker;
                reports.add(new ErrorReport(
                        kind.title().hashCode() + "-" + task + "-" + attempt,
                        job,
                        task,
                        on,
                        START.plusSeconds(60L * task + attempt),
                        kind.title()));
            }
            tasks.add(new Task(job, task, task + "-" + task, TaskState.FAILED, worker, attempts, START, null));
        }
        return new JobFailures(job, reports, tasks);
    }

    /** The report's full text: a render log of the job's length that ends in the report's error. */
    private static String contents(Job job, String reportId) {
        ErrorReport report = job.failures().reports().stream()
                .filter(candidate -> candidate.id().equals(reportId))
                .findFirst()
                .orElseThrow();
        Kind kind = job.kinds().stream()
                .filter(candidate -> candidate.title().equals(report.message()))
                .findFirst()
                .orElseThrow();
        return FullReports.withError(kind.title(), report.worker(), job.logLines(), kind.logLine());
    }
}
