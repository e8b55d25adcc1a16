package crashy.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class JobChangeDetectorTest {

    @Test
    void reportsNothingWhenNothingChanged() {
        Job job = Jobs.rendering("a1", 3, 2, 5);

        assertThat(JobChangeDetector.detect(job, job)).isEmpty();
    }

    @Test
    void reportsASubmissionForAJobSeenForTheFirstTime() {
        List<JobEvent> events = JobChangeDetector.detect(null, Jobs.queued("a1", 10));

        assertThat(events).extracting(JobEvent::kind).containsExactly(JobEventKind.SUBMITTED);
    }

    @Test
    void tellsTheWholeStoryOfAJobThatFinishedBeforeItWasFirstSeen() {
        List<JobEvent> events = JobChangeDetector.detect(null, Jobs.completed("a1", 10));

        assertThat(events)
                .extracting(JobEvent::kind)
                .containsExactly(
                        JobEventKind.SUBMITTED,
                        JobEventKind.STARTED,
                        JobEventKind.FIRST_TASK_COMPLETED,
                        JobEventKind.COMPLETED);
    }

    @Test
    void reportsStartFirstFrameAndProgressWhenTheFirstTaskCompletes() {
        Job before = Jobs.queued("a1", 10);
        Job after = Jobs.rendering("a1", 1, 2, 7);

        assertThat(JobChangeDetector.detect(before, after))
                .extracting(JobEvent::kind)
                .containsExactly(JobEventKind.STARTED, JobEventKind.FIRST_TASK_COMPLETED, JobEventKind.PROGRESSED);
    }

    @Test
    void countsTheNewErrorsWhenTheErrorCountRises() {
        Job before = Jobs.rendering("a1", 3, 2, 5);
        Job after = before.withProgress(JobState.RENDERING, before.tasks(), 4);

        List<JobEvent> events = JobChangeDetector.detect(before, after);

        assertThat(events).singleElement().isInstanceOf(JobErrored.class);
        assertThat(events.get(0).amount()).isEqualTo(4);
    }

    @Test
    void reportsFailedTasksAndTheFailureOfTheJob() {
        Job before = Jobs.rendering("a1", 3, 2, 5);
        Job after = before.withProgress(JobState.FAILED, new TaskCounts(5, 0, 3, 2, 0, 0), 10);

        assertThat(JobChangeDetector.detect(before, after))
                .extracting(JobEvent::kind)
                .containsExactly(JobEventKind.TASKS_FAILED, JobEventKind.ERRORED, JobEventKind.FAILED);
    }

    @Test
    void reportsACompletionWithoutAProgressEvent() {
        Job before = Jobs.rendering("a1", 9, 1, 0);

        assertThat(JobChangeDetector.detect(before, Jobs.completed("a1", 10)))
                .extracting(JobEvent::kind)
                .containsExactly(JobEventKind.COMPLETED);
    }

    @Test
    void reportsSuspensionAndResumption() {
        Job rendering = Jobs.rendering("a1", 3, 0, 7);
        Job suspended = rendering.withState(JobState.SUSPENDED);

        assertThat(JobChangeDetector.detect(rendering, suspended))
                .extracting(JobEvent::kind)
                .containsExactly(JobEventKind.SUSPENDED);
        assertThat(JobChangeDetector.detect(suspended, rendering.withState(JobState.QUEUED)))
                .extracting(JobEvent::kind)
                .containsExactly(JobEventKind.RESUMED);
    }

    @Test
    void reportsARequeueOfAFinishedJob() {
        Job requeued = Jobs.queued("a1", 10).withDates(Jobs.SUBMITTED.plusSeconds(10), null);

        assertThat(JobChangeDetector.detect(Jobs.completed("a1", 10), requeued))
                .extracting(JobEvent::kind)
                .containsExactly(JobEventKind.REQUEUED);
    }

    @Test
    void reportsARequeueWhenFinishedTasksGoBackToTheQueue() {
        Job before = Jobs.rendering("a1", 6, 2, 2);
        Job after = Jobs.rendering("a1", 2, 2, 6);

        assertThat(JobChangeDetector.detect(before, after))
                .extracting(JobEvent::kind)
                .containsExactly(JobEventKind.REQUEUED);
    }

    @Test
    void reportsADeletionWithTheJobAsLastSeen() {
        Job last = Jobs.rendering("a1", 3, 2, 5);

        assertThat(JobChangeDetector.detect(last, null)).singleElement().isEqualTo(new JobDeleted(last));
    }

    @Test
    void refusesToCompareTwoDifferentJobs() {
        assertThatThrownBy(() -> JobChangeDetector.detect(Jobs.queued("a1", 1), Jobs.queued("b2", 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rebuildsEveryKindOfEventFromItsStoredForm() {
        Job job = Jobs.rendering("a1", 3, 2, 5).withProgress(JobState.RENDERING, new TaskCounts(5, 2, 3, 1, 0, 0), 7);
        for (JobEvent event : List.<JobEvent>of(
                new JobSubmitted(job),
                new JobStarted(job),
                new FirstTaskCompleted(job),
                new JobProgressed(job, 1),
                new JobErrored(job, 2),
                new TasksFailed(job, 1),
                new JobCompleted(job),
                new JobFailed(job),
                new JobSuspended(job),
                new JobResumed(job),
                new JobRequeued(job),
                new JobDeleted(job))) {
            assertThat(JobEvent.of(event.kind(), event.job(), event.amount())).isEqualTo(event);
        }
    }
}
