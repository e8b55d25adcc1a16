package crashy.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JobForecastTest {
    private static final JobId JOB = new JobId("a1");
    private static final Instant NOW = Instant.parse("2026-11-25T20:00:00Z");
    private static final Instant EARLIER = NOW.minus(Duration.ofHours(2));
    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    @Test
    void knowsNothingBeforeAnyTaskCompleted() {
        Tasks nothingDone = Tasks.of(JOB).rendering(NOW.minusSeconds(60)).untouched(TaskState.QUEUED, 9);

        assertThat(finish(nothingDone, 4)).isEmpty();
    }

    @Test
    void knowsNothingWhileNoWorkerIsOnTheJob() {
        assertThat(finish(oneDone().untouched(TaskState.QUEUED, 9), 0)).isEmpty();
    }

    @Test
    void takesTheMedianSoThatOneStuckTaskDoesNotSwayIt() {
        assertThat(typicalOf(9, 10, 300)).contains(TEN_MINUTES);
    }

    @Test
    void takesTheMeanOfTheMiddleTwoOfAnEvenNumber() {
        assertThat(typicalOf(1, 8, 12, 90)).contains(TEN_MINUTES);
    }

    @Test
    void goesByCompletedTasksWithBothTimesOnly() {
        Tasks tasks = oneDone()
                .rendering(NOW.minus(Duration.ofHours(5)))
                .untouched(TaskState.COMPLETED, 3)
                .untouched(TaskState.FAILED, 2);

        assertThat(JobForecast.typicalTask(tasks.list())).contains(TEN_MINUTES);
    }

    @Test
    void spreadsTheWaitingTasksOverTheWorkers() {
        assertThat(finish(oneDone().untouched(TaskState.QUEUED, 8), 4)).contains(NOW.plus(Duration.ofMinutes(20)));
    }

    @Test
    void countsALastPartlyFilledRoundInFull() {
        assertThat(finish(oneDone().untouched(TaskState.QUEUED, 5), 4)).contains(NOW.plus(Duration.ofMinutes(20)));
    }

    @Test
    void letsTasksInProgressFinishWhatTheyHaveLeftFirst() {
        Tasks tasks = oneDone()
                .rendering(NOW.minus(Duration.ofMinutes(4)))
                .rendering(NOW.minus(Duration.ofMinutes(8)))
                .untouched(TaskState.QUEUED, 2);

        // The worker free in 2 minutes takes one waiting task, the one free in 6 takes the other.
        assertThat(finish(tasks, 2)).contains(NOW.plus(Duration.ofMinutes(16)));
    }

    @Test
    void expectsATaskThatIsAlreadyLateToEndAnyMoment() {
        assertThat(finish(oneDone().rendering(NOW.minus(Duration.ofMinutes(25))), 1))
                .contains(NOW);
    }

    @Test
    void countsEveryTaskInProgressEvenWithFewerWorkersSeenOnTheJob() {
        Tasks tasks = oneDone().rendering(NOW).rendering(NOW).rendering(NOW).untouched(TaskState.QUEUED, 3);

        assertThat(finish(tasks, 1)).contains(NOW.plus(Duration.ofMinutes(20)));
    }

    @Test
    void waitsNeitherForFailedNorForSuspendedTasks() {
        Tasks tasks = oneDone()
                .untouched(TaskState.FAILED, 5)
                .untouched(TaskState.SUSPENDED, 5)
                .untouched(TaskState.PENDING, 1)
                .untouched(TaskState.QUEUED, 1);

        assertThat(finish(tasks, 2)).contains(NOW.plus(TEN_MINUTES));
    }

    @Test
    void isDueNowWhenNothingIsLeftToRender() {
        assertThat(finish(oneDone(), 3)).contains(NOW);
    }

    @Test
    void forecastsALargeJobOnALargeFarm() {
        Tasks tasks = Tasks.of(JOB);
        for (int i = 0; i < 1_000; i++) {
            tasks.completed(EARLIER, Duration.ofSeconds(i % 2 == 0 ? 100 : 140));
        }
        tasks.untouched(TaskState.QUEUED, 20_000);

        // A median of two minutes; 20 000 tasks on 400 workers are 50 rounds.
        assertThat(finish(tasks, 400)).contains(NOW.plus(Duration.ofMinutes(100)));
    }

    private static Tasks oneDone() {
        return Tasks.of(JOB).completed(EARLIER, TEN_MINUTES);
    }

    private static Optional<Instant> finish(Tasks tasks, int workers) {
        return JobForecast.finishAt(tasks.list(), workers, NOW);
    }

    private static Optional<Duration> typicalOf(int... minutes) {
        Tasks tasks = Tasks.of(JOB);
        Arrays.stream(minutes).forEach(took -> tasks.completed(EARLIER, Duration.ofMinutes(took)));
        return JobForecast.typicalTask(tasks.list());
    }
}
