package crashy.notification;

import static org.assertj.core.api.Assertions.assertThat;

import crashy.job.FinishForecast;
import crashy.job.FirstTaskCompleted;
import crashy.job.Job;
import crashy.job.JobCompleted;
import crashy.job.JobErrored;
import crashy.job.JobFailed;
import crashy.job.JobId;
import crashy.job.JobState;
import crashy.job.Jobs;
import crashy.job.TaskCounts;
import crashy.message.ChatMessage;
import crashy.message.Field;
import crashy.message.Moment;
import crashy.message.Picture;
import crashy.message.Tone;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NotificationComposerTest {
    private final NotificationComposer composer = new NotificationComposer(FinishForecast.unknown(), false);
    private final Instant now = Jobs.SUBMITTED.plusSeconds(3600);

    @Test
    void tellsACompletionWithTheTaskCountAndHowLongItTook() {
        ChatMessage message = composer.compose(new JobCompleted(Jobs.completed("a1", 240)), now);

        assertThat(message.tone()).isEqualTo(Tone.SUCCESS);
        assertThat(message.title()).isEqualTo("✅ Finished: shot010_lighting");
        assertThat(message.body()).isEqualTo("240 tasks in 9m");
        assertThat(message.buttons()).extracting(b -> b.command()).containsExactly("status a1");
    }

    @Test
    void tellsAFailureWithFailedTasksAndErrors() {
        ChatMessage message = composer.compose(new JobFailed(Jobs.failed("a1", 4)), now);

        assertThat(message.tone()).isEqualTo(Tone.FAILURE);
        assertThat(message.body()).startsWith("4 failed tasks, 20 errors");
    }

    @Test
    void countsNewErrorsInTheSingular() {
        Job job = Jobs.rendering("a1", 2, 1, 7).withProgress(JobState.RENDERING, new TaskCounts(7, 1, 2, 0, 0, 0), 3);

        assertThat(composer.compose(new JobErrored(job, 2), now).body()).startsWith("1 new error (3 in all)");
    }

    @Test
    void showsProgressOnTheFirstFrame() {
        assertThat(composer.compose(new FirstTaskCompleted(Jobs.rendering("a1", 1, 1, 8)), now)
                        .body())
                .isEqualTo("▓░░░░░░░░░  10% · 1/10 tasks, 1 rendering");
    }

    @Test
    void withPreviewsACompletionShowsTheJobAndTheFirstFrameShowsThatFrame() {
        NotificationComposer previewing = new NotificationComposer(FinishForecast.unknown(), true);

        assertThat(previewing
                        .compose(new JobCompleted(Jobs.completed("a1", 240)), now)
                        .picture())
                .contains(Picture.overview(new JobId("a1")));
        assertThat(previewing
                        .compose(new FirstTaskCompleted(Jobs.rendering("a1", 1, 1, 8)), now)
                        .picture())
                .contains(Picture.first(new JobId("a1")));
        assertThat(composer.compose(new JobCompleted(Jobs.completed("a1", 240)), now)
                        .picture())
                .isEmpty();
        assertThat(previewing
                        .compose(new JobCompleted(Jobs.withOutputs(Jobs.completed("a1", 240))), now)
                        .picture())
                .as("a job that names no output has nothing to show")
                .isEmpty();
    }

    @Test
    void theFirstFrameDmSaysWhenTheJobShouldFinish() {
        Instant finish = now.plusSeconds(4800);
        NotificationComposer knowing = new NotificationComposer((job, at) -> Optional.of(finish), true);

        ChatMessage message = knowing.compose(new FirstTaskCompleted(Jobs.rendering("a1", 1, 1, 8)), now);

        assertThat(message.plainText(now)).contains("Projected finish: " + Moment.written(Moment.of(finish), now));
        assertThat(message.picture()).contains(Picture.first(new JobId("a1")));
    }

    @Test
    void withPreviewsAFailureOffersAPreviewOnceSomethingRendered() {
        NotificationComposer previewing = new NotificationComposer(FinishForecast.unknown(), true);
        Job someRendered = Jobs.failed("a1", 4).withProgress(JobState.FAILED, new TaskCounts(0, 0, 2, 2, 0, 0), 9);

        assertThat(previewing.compose(new JobFailed(someRendered), now).buttons())
                .extracting(b -> b.command())
                .containsExactly("preview a1", "status a1");
        assertThat(previewing.compose(new JobFailed(Jobs.failed("a1", 4)), now).buttons())
                .extracting(b -> b.command())
                .containsExactly("status a1");
        assertThat(previewing.live(Jobs.rendering("a1", 1, 1, 8), now).buttons())
                .extracting(b -> b.command())
                .containsExactly("preview a1", "status a1");
    }

    @Test
    void showsTheEtaInTheLivingMessageOnceThereIsOne() {
        Instant finish = now.plusSeconds(4800);
        NotificationComposer knowing = new NotificationComposer((job, at) -> Optional.of(finish), false);

        ChatMessage message = knowing.live(Jobs.rendering("a1", 5, 1, 4), now);

        assertThat(message.fields()).extracting(Field::name).containsExactly("ETA", "Updated");
        assertThat(message.plainText(now)).contains("ETA: " + Moment.written(Moment.of(finish), now));
        assertThat(message.plainText(now)).contains("(in 1h 20m)");
    }

    @Test
    void leavesTheEtaOutOfTheLivingMessageWhileThereIsNone() {
        ChatMessage message = composer.live(Jobs.rendering("a1", 0, 1, 9), now);

        assertThat(message.fields()).extracting(Field::name).containsExactly("Updated");
    }

    @Test
    void keepsJobNamesAsPlainTextWhateverTheyContain() {
        Job job = new Job(
                Jobs.completed("a1", 2).id(),
                "<b>@everyone</b> *shot*",
                "",
                "alice",
                "Arnold",
                "none",
                "none",
                50,
                JobState.COMPLETED,
                new TaskCounts(0, 0, 2, 0, 0, 0),
                0,
                null,
                null,
                null,
                java.util.List.of());

        assertThat(composer.compose(new JobCompleted(job), now).title())
                .isEqualTo("✅ Finished: <b>@everyone</b> *shot*");
    }
}
