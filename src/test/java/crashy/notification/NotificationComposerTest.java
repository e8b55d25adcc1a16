package crashy.notification;

import static org.assertj.core.api.Assertions.assertThat;

import crashy.job.FirstTaskCompleted;
import crashy.job.Job;
import crashy.job.JobCompleted;
import crashy.job.JobErrored;
import crashy.job.JobFailed;
import crashy.job.JobProgressed;
import crashy.job.JobState;
import crashy.job.Jobs;
import crashy.job.TaskCounts;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NotificationComposerTest {
    private final NotificationComposer composer = new NotificationComposer();
    private final Instant now = Jobs.SUBMITTED.plusSeconds(3600);

    @Test
    void tellsACompletionWithTheTaskCountAndHowLongItTook() {
        Job job = Jobs.completed("a1", 240);

        assertThat(composer.compose(new JobCompleted(job), now))
                .contains("✅ \"shot010_lighting\" (alice) finished: 240 tasks in 59m");
    }

    @Test
    void tellsAFailureWithFailedTasksAndErrors() {
        Job job = Jobs.failed("a1", 4);

        assertThat(composer.compose(new JobFailed(job), now))
                .hasValueSatisfying(text -> assertThat(text)
                        .startsWith("❌ \"shot010_lighting\" (alice) failed: " + "4 failed tasks, 20 errors"));
    }

    @Test
    void countsNewErrorsInTheSingular() {
        Job job = Jobs.rendering("a1", 2, 1, 7).withProgress(JobState.RENDERING, new TaskCounts(7, 1, 2, 0, 0, 0), 3);

        assertThat(composer.compose(new JobErrored(job, 2), now))
                .hasValueSatisfying(text -> assertThat(text).contains("1 new error (3 in all)"));
    }

    @Test
    void showsProgressOnTheFirstFrame() {
        assertThat(composer.compose(new FirstTaskCompleted(Jobs.rendering("a1", 1, 1, 8)), now))
                .hasValueSatisfying(text -> assertThat(text).contains("first frame done · ▓░░░░░░░░░  10%"));
    }

    @Test
    void staysQuietAboutProgress() {
        assertThat(composer.compose(new JobProgressed(Jobs.rendering("a1", 3, 1, 6), 2), now))
                .isEmpty();
    }
}
