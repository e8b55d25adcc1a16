package crashy.farm;

import static org.assertj.core.api.Assertions.assertThat;

import crashy.job.Job;
import crashy.job.JobEventKind;
import crashy.job.JobId;
import crashy.job.JobState;
import crashy.job.Jobs;
import crashy.job.TaskCounts;
import crashy.testing.ScriptedFarmClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FarmPollerTest {
    private final Job rendering = Jobs.rendering("aaaaaaaaaaaaaaaaaaaaaaa1", 8, 1, 1);
    private final Job queued = Jobs.queued("aaaaaaaaaaaaaaaaaaaaaaa2", 10);
    private final ScriptedFarmClient farm = new ScriptedFarmClient()
            .put(rendering)
            .put(queued)
            .put(Jobs.completed("aaaaaaaaaaaaaaaaaaaaaaa3", 5))
            .worker("render01", rendering, "8");

    @Test
    void storesTheFirstViewOfTheFarmWithoutEvents() {
        PollerHarness poller = new PollerHarness(farm);

        poller.activeTick();

        assertThat(poller.takeKinds()).isEmpty();
        assertThat(poller.board.size()).isEqualTo(3);
        assertThat(poller.board.health().isReachable()).isTrue();
        assertThat(poller.store.jobs()).hasSize(3);
    }

    @Test
    void seesACompletionOnTheNextActiveTick() {
        PollerHarness poller = new PollerHarness(farm);
        poller.activeTick();

        farm.put(finished(rendering)).worker("render01", null, "");
        poller.activeTick();

        assertThat(poller.takeKinds()).containsExactly(JobEventKind.COMPLETED);
        assertThat(poller.board.find(rendering.id()).orElseThrow().state()).isEqualTo(JobState.COMPLETED);
    }

    @Test
    void fetchesOnlyTheJobsAWorkerLeftOrJoined() {
        PollerHarness poller = new PollerHarness(farm);
        poller.activeTick();
        farm.takeFetchedById();

        poller.activeTick();
        assertThat(farm.takeFetchedById()).isEmpty();

        farm.put(queued.withProgress(JobState.RENDERING, new TaskCounts(9, 1, 0, 0, 0, 0), 0))
                .worker("render02", queued, "0");
        poller.activeTick();

        assertThat(farm.takeFetchedById()).containsExactly(queued.id());
        assertThat(poller.takeKinds()).containsExactly(JobEventKind.STARTED);
    }

    @Test
    void rechecksRenderingJobsEveryFiveTicksEvenWhenNoWorkerMoved() {
        PollerHarness poller = new PollerHarness(farm);
        poller.activeTick();
        farm.takeFetchedById();

        farm.put(rendering.withProgress(JobState.RENDERING, rendering.tasks(), 3));
        for (int tick = 0; tick < 5; tick++) {
            poller.activeTick();
        }

        assertThat(farm.takeFetchedById()).containsExactly(rendering.id());
        assertThat(poller.takeKinds()).containsExactly(JobEventKind.ERRORED);
    }

    @Test
    void concludesNothingWhileTheFarmIsDownAndChecksVanishedJobsById() {
        PollerHarness poller = new PollerHarness(farm);
        poller.activeTick();
        farm.setDown(true);

        Duration retry = poller.activeTick();
        farm.delete(rendering.id()).worker("render01", null, "");
        Duration longerRetry = poller.activeTick();

        assertThat(poller.takeKinds()).isEmpty();
        assertThat(poller.board.health().isReachable()).isFalse();
        assertThat(poller.board.health().downSince()).isPresent();
        assertThat(longerRetry).isGreaterThan(retry);

        farm.setDown(false);
        poller.activeTick();

        assertThat(poller.takeKinds()).containsExactly(JobEventKind.DELETED);
        assertThat(farm.takeFetchedById()).contains(rendering.id());
        assertThat(poller.board.health().isReachable()).isTrue();
    }

    @Test
    void doesNotDeleteAJobThatIsStillThereWhenAskedById() {
        PollerHarness poller = new PollerHarness(farm);
        poller.activeTick();

        farm.worker("render01", null, "");
        poller.activeTick();

        assertThat(poller.takeKinds()).isEmpty();
        assertThat(poller.board.find(rendering.id())).isPresent();
    }

    @Test
    void findsAJobSubmittedSuspendedOnTheRecentTick() {
        PollerHarness poller = new PollerHarness(farm);
        poller.activeTick();

        Job suspended = Jobs.queued("aaaaaaaaaaaaaaaaaaaaaaa4", 3).withState(JobState.SUSPENDED);
        farm.put(suspended);
        poller.activeTick();
        assertThat(poller.takeKinds()).isEmpty();

        poller.recentTick();

        assertThat(poller.takeKinds()).containsExactly(JobEventKind.SUBMITTED);
    }

    @Test
    void seesAStateChangeOutsideTheActiveListOnTheRecentTick() {
        Job pending = Jobs.queued("aaaaaaaaaaaaaaaaaaaaaaa5", 3).withState(JobState.PENDING);
        PollerHarness poller = new PollerHarness(farm.put(pending));
        poller.activeTick();

        farm.put(pending.withState(JobState.SUSPENDED));
        poller.recentTick();

        assertThat(poller.takeKinds()).containsExactly(JobEventKind.SUSPENDED);
    }

    @Test
    void fallsBackToTheDocumentedFormsWhenStatesWithIdOnlyIsIgnored() {
        farm.ignoreStatesWithIdOnly();
        PollerHarness poller = new PollerHarness(farm);
        poller.activeTick();
        int combinedCallsAfterCheck = farm.calls("jobIdsIn");

        farm.put(finished(rendering)).worker("render01", null, "");
        poller.activeTick();
        Job suspended = Jobs.queued("aaaaaaaaaaaaaaaaaaaaaaa4", 3).withState(JobState.SUSPENDED);
        farm.put(suspended);
        poller.recentTick();

        assertThat(poller.takeKinds()).containsExactly(JobEventKind.COMPLETED, JobEventKind.SUBMITTED);
        assertThat(farm.calls("jobIdsIn")).isEqualTo(combinedCallsAfterCheck);
    }

    @Test
    void replaysWhatHappenedWhileStoppedExactlyOnce() {
        PollerHarness first = new PollerHarness(farm);
        first.activeTick();

        farm.put(finished(rendering)).worker("render01", null, "");
        farm.delete(queued.id());
        farm.put(Jobs.queued("aaaaaaaaaaaaaaaaaaaaaaa6", 2));
        PollerHarness second = first.restart();
        second.activeTick();
        second.activeTick();
        second.recentTick();

        assertThat(second.takeKinds())
                .containsExactlyInAnyOrder(JobEventKind.COMPLETED, JobEventKind.DELETED, JobEventKind.SUBMITTED);

        PollerHarness third = second.restart();
        third.activeTick();
        third.recentTick();

        assertThat(third.takeKinds()).isEmpty();
    }

    @Test
    void handsOverEventsThatWereStoredButNotHandedOverBeforeACrash() {
        PollerHarness first = new PollerHarness(farm);
        first.activeTick();
        first.store.record(
                java.util.List.of(finished(rendering)),
                java.util.List.of(),
                crashy.job.JobChangeDetector.detect(rendering, finished(rendering)),
                first.clock.instant());

        PollerHarness second = first.restart();

        assertThat(second.takeKinds()).containsExactly(JobEventKind.COMPLETED);
        assertThat(second.restart().takeKinds()).isEmpty();
    }

    @Test
    void forgetsFinishedJobsOlderThanTheTrackedWindow() {
        PollerHarness poller = new PollerHarness(farm);
        poller.activeTick();

        poller.clock.advance(Duration.ofDays(15));
        poller.historyTick();

        assertThat(poller.board.find(new JobId("aaaaaaaaaaaaaaaaaaaaaaa3"))).isEmpty();
        assertThat(poller.board.find(rendering.id())).isPresent();
        assertThat(poller.takeKinds()).isEmpty();
    }

    private static Job finished(Job job) {
        return job.withProgress(
                        JobState.COMPLETED, new TaskCounts(0, 0, job.tasks().total(), 0, 0, 0), job.errors())
                .withDates(job.started(), Jobs.SUBMITTED.plusSeconds(3600));
    }
}
