package crashy.summary;

import static crashy.summary.Reports.report;
import static org.assertj.core.api.Assertions.assertThat;

import crashy.job.ErrorReport;
import crashy.job.JobId;
import crashy.job.Task;
import crashy.testing.InMemorySummaryStore;
import crashy.testing.MutableClock;
import crashy.testing.ScriptedCrashSummarizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CrashSummariesTest {
    private static final JobId OTHER_JOB = new JobId("60ae9508f69eb6110034df99");
    private static final List<Task> TASKS = Reports.completed(100, 140, "render01", "render02", "render03");

    private final MutableClock clock = new MutableClock(Reports.START);
    private final InMemorySummaryStore store = new InMemorySummaryStore();
    private final ScriptedCrashSummarizer summarizer = new ScriptedCrashSummarizer();
    private final List<String> fetched = new CopyOnWriteArrayList<>();
    private final ReportContents farm = (job, reportId) -> {
        fetched.add(reportId);
        return FullReports.arnoldMissingTexture("render01", 500);
    };
    private final List<CrashSummaries> started = new ArrayList<>();

    @AfterEach
    void stopThreads() {
        started.forEach(CrashSummaries::close);
    }

    @Test
    void answersAtOnceWithTheRuleBasedSummaryWhileTheModelIsStillWriting() throws Exception {
        CountDownLatch slowModel = new CountDownLatch(1);
        summarizer.waitingFor(slowModel);

        CrashSummary summary = summaries(100_000).summarize(texturesMissing(Reports.JOB), farm);

        assertThat(summary.text())
                .startsWith("A file the scene needs could not be found or read:"
                        + " /mnt/projects/orca/shots/sh010/tex/hull_diffuse.1001.tx. (12 errors on 12 tasks, 3"
                        + " machines) The same error on every machine (3)")
                .endsWith("Try: check that the path exists and is on shared storage the farm can reach (not a local"
                        + " drive), then requeue.");
        assertThat(summary.aiText()).isNotDone();
        summarizer.awaitFirstCall();
        slowModel.countDown();
        assertThat(ai(summary)).contains("The texture is missing on the file server. Check the path and requeue.");
    }

    @Test
    void explainsANewErrorOnceAndReusesTheExplanationForOtherJobs() throws Exception {
        CrashSummaries summaries = summaries(100_000);

        Optional<String> first = ai(summaries.summarize(texturesMissing(Reports.JOB), farm));
        Optional<String> again = ai(summaries.summarize(texturesMissing(Reports.JOB), farm));
        Optional<String> otherJob = ai(summaries.summarize(texturesMissing(OTHER_JOB), farm));

        assertThat(first).isPresent();
        assertThat(again).isEqualTo(first);
        assertThat(otherJob).isEqualTo(first);
        assertThat(summarizer.calls()).hasSize(1);
        assertThat(fetched).hasSize(1);
    }

    @Test
    void paysNothingForAKnownErrorAfterARestart() throws Exception {
        ai(summaries(100_000).summarize(texturesMissing(Reports.JOB), farm));
        ScriptedCrashSummarizer afterRestart = new ScriptedCrashSummarizer();

        Optional<String> text =
                ai(start(new CrashSummaries(store, List.of(afterRestart), new TokenBudget(100_000, clock), clock))
                        .summarize(texturesMissing(OTHER_JOB), farm));

        assertThat(text).isPresent();
        assertThat(afterRestart.calls()).isEmpty();
    }

    @Test
    void asksOnceWhenTwoJobsHitTheSameNewErrorAtTheSameTime() throws Exception {
        CountDownLatch slowModel = new CountDownLatch(1);
        summarizer.waitingFor(slowModel);
        CrashSummaries summaries = summaries(100_000);

        CrashSummary first = summaries.summarize(texturesMissing(Reports.JOB), farm);
        summarizer.awaitFirstCall();
        CrashSummary second = summaries.summarize(texturesMissing(OTHER_JOB), farm);
        slowModel.countDown();

        assertThat(ai(second)).isEqualTo(ai(first)).isPresent();
        assertThat(summarizer.calls()).hasSize(1);
    }

    @Test
    void stopsCallingOnceTheDailyBudgetIsSpentAndGoesOnTheNextDay() throws Exception {
        CrashSummaries summaries = summaries(1_000);
        JobFailures gpu = failures(Reports.JOB, Reports.onEveryTask(CrashTexts.BLENDER_CUDA_OOM, 4, "render07"));

        Optional<String> first = ai(summaries.summarize(texturesMissing(Reports.JOB), farm));
        Optional<String> overBudget = ai(summaries.summarize(gpu, farm));
        clock.advance(Duration.ofDays(1));
        Optional<String> nextDay = ai(summaries.summarize(gpu, farm));

        assertThat(first).isPresent();
        assertThat(overBudget).isEmpty();
        assertThat(nextDay).isPresent();
        assertThat(summarizer.calls()).hasSize(2);
    }

    @Test
    void countsTodaysSpendingFromBeforeARestart() throws Exception {
        ai(summaries(1_000).summarize(texturesMissing(Reports.JOB), farm));
        TokenBudget afterRestart = new TokenBudget(1_000, clock);
        JobFailures gpu = failures(Reports.JOB, Reports.onEveryTask(CrashTexts.BLENDER_CUDA_OOM, 4, "render07"));

        Optional<String> text = ai(start(new CrashSummaries(store, List.of(summarizer), afterRestart, clock))
                .summarize(gpu, farm));

        assertThat(text).isEmpty();
        assertThat(afterRestart.remainingToday()).isLessThan(1_000);
    }

    @Test
    void givesOnlyTheRuleBasedSummaryWithoutASummarizer() {
        CrashSummaries summaries = start(new CrashSummaries(store, List.of(), new TokenBudget(100_000, clock), clock));

        CrashSummary summary = summaries.summarize(texturesMissing(Reports.JOB), farm);

        assertThat(summary.text()).startsWith("A file the scene needs could not be found");
        assertThat(summary.aiText()).isCompletedWithValue(Optional.empty());
        assertThat(fetched).isEmpty();
    }

    @Test
    void explainsTheThreeLargestErrorsOfAJobAndFetchesOnlyTheirRepresentatives() throws Exception {
        List<ErrorReport> reports = new ArrayList<>();
        reports.addAll(Reports.onEveryTask(CrashTexts.ARNOLD_TEXTURE, 8, "render01", "render02", "render03"));
        reports.addAll(Reports.onEveryTask(CrashTexts.VRAY_LICENCE, 6, "render01", "render02"));
        reports.addAll(Reports.onEveryTask(CrashTexts.DEADLINE_TIMEOUT, 4, "render03"));
        reports.addAll(Reports.onEveryTask(CrashTexts.WINDOWS_DISK_FULL, 2, "render04"));

        CrashSummary summary = summaries(100_000).summarize(failures(Reports.JOB, reports), farm);

        assertThat(ai(summary))
                .hasValueSatisfying(
                        text -> assertThat(text.lines()).hasSize(3).allMatch(line -> line.startsWith("• ")));
        assertThat(summarizer.calls())
                .extracting(evidence -> evidence.fingerprint().hash())
                .containsExactly(
                        summary.groups().get(0).group().fingerprint().hash(),
                        summary.groups().get(1).group().fingerprint().hash(),
                        summary.groups().get(2).group().fingerprint().hash());
        assertThat(fetched)
                .containsExactly(
                        summary.groups().get(0).group().representative(),
                        summary.groups().get(1).group().representative(),
                        summary.groups().get(2).group().representative());
        assertThat(summary.text()).contains("Also 3 other errors:");
    }

    @Test
    void streamsTheTextSoFarToTheCaller() throws Exception {
        List<String> partials = new CopyOnWriteArrayList<>();

        CrashSummary summary = summaries(100_000).summarize(texturesMissing(Reports.JOB), farm, partials::add);

        assertThat(ai(summary)).isPresent();
        assertThat(partials).first().isEqualTo("The ");
        assertThat(partials).last().isEqualTo(ai(summary).orElseThrow());
        assertThat(partials).hasSizeGreaterThan(5);
    }

    @Test
    void explainsFromTheErrorLineWhenTheFarmCannotSendTheReport() throws Exception {
        ReportContents unreachable = (job, id) -> {
            throw new IllegalStateException("Deadline Web Service is unreachable");
        };

        Optional<String> text = ai(summaries(100_000).summarize(texturesMissing(Reports.JOB), unreachable));

        assertThat(text).isPresent();
        assertThat(summarizer.calls().get(0).text()).contains("unable to find texture");
    }

    @Test
    void doesNotAskAgainSoonAboutAnErrorTheModelFailedOn() throws Exception {
        summarizer.failing();
        CrashSummaries summaries = summaries(100_000);

        Optional<String> failed = ai(summaries.summarize(texturesMissing(Reports.JOB), farm));
        Optional<String> soonAfter = ai(summaries.summarize(texturesMissing(OTHER_JOB), farm));
        clock.advance(Explanations.RETRY_AFTER_FAILURE);
        ai(summaries.summarize(texturesMissing(OTHER_JOB), farm));

        assertThat(failed).isEmpty();
        assertThat(soonAfter).isEmpty();
        assertThat(summarizer.calls()).hasSize(2);
        assertThat(store.size()).isZero();
    }

    @Test
    void blamesTheMachineAndSaysWhatToDoAboutIt() {
        List<ErrorReport> reports = new ArrayList<>(Reports.onEveryTask(CrashTexts.BLENDER_CUDA_OOM, 6, "render07"));
        reports.add(report("x", 50, "render01", 50, CrashTexts.BLENDER_CUDA_OOM));

        CrashSummary summary = summaries(100_000).summarize(failures(Reports.JOB, reports), farm);

        assertThat(summary.text())
                .isEqualTo("The graphics card ran out of memory (VRAM). (7 errors on 7 tasks, 2 machines) Likely the"
                        + " machine, not your scene: render07 fails while 3 other machines rendered this job fine. Try:"
                        + " requeue the failed tasks so other machines take them (add render07 to the job's deny"
                        + " list) and tell the farm admins about render07.");
    }

    @Test
    void neverShowsACredentialFromAnErrorLine() {
        JobFailures failures = failures(
                Reports.JOB,
                Reports.onEveryTask(
                        "Error: Cannot read file \"https://render:Hunter2@fileserver.orca.local/ship.blend\"",
                        3,
                        "render01"));

        assertThat(summaries(100_000).summarize(failures, farm).text())
                .doesNotContain("Hunter2")
                .contains("[redacted]");
    }

    private CrashSummaries summaries(long dailyTokens) {
        return start(new CrashSummaries(store, List.of(summarizer), new TokenBudget(dailyTokens, clock), clock));
    }

    private CrashSummaries start(CrashSummaries summaries) {
        started.add(summaries);
        return summaries;
    }

    private static JobFailures texturesMissing(JobId job) {
        List<ErrorReport> reports =
                new ArrayList<>(Reports.onEveryTask(CrashTexts.ARNOLD_TEXTURE, 12, "render01", "render02", "render03"));
        return failures(job, reports);
    }

    private static JobFailures failures(JobId job, List<ErrorReport> reports) {
        return new JobFailures(job, Reports.ofJob(job, reports), TASKS);
    }

    private static Optional<String> ai(CrashSummary summary) throws Exception {
        return summary.aiText().get(10, TimeUnit.SECONDS);
    }
}
