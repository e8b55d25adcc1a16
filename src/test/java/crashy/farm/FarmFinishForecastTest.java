package crashy.farm;

import static org.assertj.core.api.Assertions.assertThat;

import crashy.job.Job;
import crashy.job.JobState;
import crashy.job.Jobs;
import crashy.job.TaskCounts;
import crashy.job.TaskState;
import crashy.job.Tasks;
import crashy.testing.ScriptedFarmClient;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FarmFinishForecastTest {
    private final Job rendering = Jobs.rendering("aaaaaaaaaaaaaaaaaaaaaaa1", 5, 1, 4);
    private final Job other = Jobs.rendering("aaaaaaaaaaaaaaaaaaaaaaa2", 1, 1, 0);
    private final ScriptedFarmClient farm = new ScriptedFarmClient()
            .put(rendering)
            .put(other)
            .worker("render01", rendering, "5")
            .worker("render02", rendering, "6")
            .worker("render03", other, "1");
    private final PollerHarness poller = new PollerHarness(farm);
    private final Instant now = poller.clock.instant().plusSeconds(3);

    @Test
    void forecastsFromTheTasksAndTheWorkersOnTheJob() {
        scriptTasks(now);

        // Two workers: one free in 6 minutes, one free now; four waiting tasks of 10 minutes each.
        assertThat(forecast().finishAt(rendering, now)).contains(now.plus(Duration.ofMinutes(26)));
    }

    @Test
    void asksTheFarmForTasksOnceWhileNoMoreTasksCompleted() {
        scriptTasks(now);
        FarmFinishForecast forecast = forecast();

        forecast.finishAt(rendering, now);
        forecast.finishAt(rendering, now.plusSeconds(90));
        forecast.finishAt(rendering, now.plusSeconds(600));

        assertThat(farm.calls("tasks")).isEqualTo(1);
    }

    @Test
    void asksAgainOnceMoreTasksCompletedButAtMostOnceAMinute() {
        scriptTasks(now);
        FarmFinishForecast forecast = forecast();
        forecast.finishAt(rendering, now);
        Job further = rendering.withProgress(JobState.RENDERING, new TaskCounts(3, 1, 6, 0, 0, 0), 0);

        forecast.finishAt(further, now.plusSeconds(30));
        assertThat(farm.calls("tasks")).isEqualTo(1);

        forecast.finishAt(further, now.plusSeconds(60));
        assertThat(farm.calls("tasks")).isEqualTo(2);
    }

    @Test
    void asksNothingOfAJobThatHasNoCompletedTaskOrNoWorker() {
        Job queued = Jobs.queued("aaaaaaaaaaaaaaaaaaaaaaa3", 10);
        Job justStarted = Jobs.rendering("aaaaaaaaaaaaaaaaaaaaaaa4", 0, 2, 8);
        farm.put(queued).put(justStarted).worker("render04", justStarted, "0");
        poller.activeTick();

        assertThat(forecast().finishAt(queued, now)).isEmpty();
        assertThat(forecast().finishAt(justStarted, now)).isEmpty();
        assertThat(forecast().finishAt(Jobs.completed("aaaaaaaaaaaaaaaaaaaaaaa5", 3), now))
                .isEmpty();
        assertThat(farm.calls("tasks")).isZero();
    }

    @Test
    void goesByTheTasksItHasWhileTheFarmDoesNotAnswer() {
        scriptTasks(now);
        FarmFinishForecast forecast = forecast();
        forecast.finishAt(rendering, now);
        farm.setDown(true);
        Job further = rendering.withProgress(JobState.RENDERING, new TaskCounts(3, 1, 6, 0, 0, 0), 0);

        assertThat(forecast.finishAt(further, now.plusSeconds(120))).isPresent();
        forecast.finishAt(further, now.plusSeconds(150));

        assertThat(farm.calls("tasks")).isEqualTo(2);
    }

    private FarmFinishForecast forecast() {
        poller.activeTick();
        return new FarmFinishForecast(farm, poller.board);
    }

    /** Five tasks of ten minutes done, one rendering for four minutes, four waiting. */
    private void scriptTasks(Instant at) {
        Tasks tasks = Tasks.of(rendering.id());
        for (int i = 0; i < 5; i++) {
            tasks.completed(at.minus(Duration.ofHours(1)), Duration.ofMinutes(10));
        }
        farm.tasks(
                rendering.id(),
                tasks.rendering(at.minus(Duration.ofMinutes(4)))
                        .untouched(TaskState.QUEUED, 4)
                        .list());
    }
}
