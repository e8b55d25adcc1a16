package crashy.summary;

import static org.assertj.core.api.Assertions.assertThat;

import crashy.testing.TestDatabase;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** Spring builds the summaries from the store, the budget and, with a key, the OpenAI summarizer. */
class CrashSummariesWiringTest {
    @Configuration(proxyBeanMethods = false)
    @ComponentScan(basePackageClasses = CrashSummaries.class)
    static class SummaryPackages {}

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withBean(DataSource.class, TestDatabase::fresh)
            .withBean(Clock.class, Clock::systemUTC)
            .withBean(FailureEvidence.class, NoEvidence::new)
            .withUserConfiguration(SummaryPackages.class);

    /** A farm without error reports: the wiring needs one, these tests never ask it. */
    static final class NoEvidence implements FailureEvidence {
        @Override
        public java.util.List<crashy.job.ErrorReport> errorReports(crashy.job.JobId job) {
            return java.util.List.of();
        }

        @Override
        public java.util.List<crashy.job.Task> tasks(crashy.job.JobId job) {
            return java.util.List.of();
        }

        @Override
        public String contents(crashy.job.JobId job, String reportId) {
            return "";
        }
    }

    @Test
    void summarisesWithRulesAloneWithoutAKey() {
        context.run(started -> {
            assertThat(started)
                    .hasNotFailed()
                    .hasSingleBean(CrashSummaries.class)
                    .doesNotHaveBean(CrashSummarizer.class);
            CrashSummary summary = started.getBean(CrashSummaries.class)
                    .summarize(
                            new JobFailures(
                                    Reports.JOB,
                                    Reports.onEveryTask(CrashTexts.VRAY_LICENCE, 4, "render01", "render02"),
                                    List.of()),
                            (job, id) -> "");
            assertThat(summary.text()).startsWith("The renderer could not get a licence.");
            assertThat(summary.aiText().get(1, TimeUnit.SECONDS)).isEmpty();
        });
    }

    @Test
    void usesTheOpenAiSummarizerWithAKey() {
        context.withPropertyValues("crashy.openai.api-key=sk-test", "crashy.openai.base-url=http://127.0.0.1:9/v1")
                .run(started -> assertThat(started)
                        .hasNotFailed()
                        .hasSingleBean(CrashSummaries.class)
                        .hasSingleBean(CrashSummarizer.class)
                        .hasSingleBean(SummaryStore.class)
                        .hasSingleBean(TokenBudget.class));
    }
}
