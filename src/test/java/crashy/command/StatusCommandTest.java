package crashy.command;

import static org.assertj.core.api.Assertions.assertThat;

import crashy.farm.FarmPollerFixture;
import crashy.job.FinishForecast;
import crashy.job.Job;
import crashy.job.Jobs;
import crashy.job.TaskState;
import crashy.job.Tasks;
import crashy.message.Moment;
import crashy.subscription.SubscriptionService;
import crashy.subscription.TestSubscriptions;
import crashy.subscription.Trust;
import crashy.testing.ScriptedFarmClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StatusCommandTest {
    private final Job rendering = Jobs.rendering("aaaaaaaaaaaaaaaaaaaaaaa1", 5, 1, 4);

    @Test
    void summarisesTheFarmPerUserWithProgressBars() {
        FarmPollerFixture farm = FarmPollerFixture.withJobs(rendering, Jobs.failed("aaaaaaaaaaaaaaaaaaaaaaa2", 3));

        String text = ask(farm, Map.of());

        assertThat(text)
                .startsWith("Render farm\n")
                .contains("Render farm: 1 rendering, 0 queued, 0 completed, 1 failed")
                .contains("alice:")
                .contains("▓▓▓▓▓░░░░░  50%  shot010_lighting")
                .contains("Failed in the last day:");
    }

    @Test
    void showsOneJobFoundByPartOfItsNameWithAButtonToFollowIt() {
        FarmPollerFixture farm = FarmPollerFixture.withJobs(rendering);

        String text = ask(farm, Map.of("job", "LIGHTING"));

        assertThat(text)
                .startsWith("shot010_lighting\nRendering · alice · Arnold")
                .contains("5/10 tasks done, 1 rendering")
                .contains("Output: /renders/alice/shot010/beauty.####.exr")
                .endsWith("[Subscribe]  [🖼 Preview]");
    }

    @Test
    void showsTheWallClockEtaFromTheCompletedTasksAndTheWorkersOnTheJob() {
        ScriptedFarmClient scripted = new ScriptedFarmClient().put(rendering).worker("render01", rendering, "5");
        FarmPollerFixture farm = FarmPollerFixture.of(scripted);
        Instant now = farm.clock().instant();
        Tasks tasks = Tasks.of(rendering.id());
        for (int i = 0; i < 5; i++) {
            tasks.completed(now.minus(Duration.ofHours(2)), Duration.ofMinutes(16));
        }
        scripted.tasks(
                rendering.id(),
                tasks.rendering(now).untouched(TaskState.QUEUED, 4).list());

        String text = ask(farm, farm.forecast(), Map.of("job", "LIGHTING"));

        // One worker: the task in progress, then four more of 16 minutes each.
        assertThat(text).contains("\nETA " + Moment.written(Moment.of(now.plus(Duration.ofMinutes(80))), now) + "\n");
        assertThat(text).contains("(in 1h 20m)");
    }

    @Test
    void saysTheEtaIsUnknownUntilATaskCompletes() {
        FarmPollerFixture farm = FarmPollerFixture.withJobs(Jobs.queued("aaaaaaaaaaaaaaaaaaaaaaa3", 10));

        assertThat(ask(farm, Map.of("job", "LIGHTING"))).contains("\nETA unknown until a task completes\n");
    }

    @Test
    void showsNoEtaForAFinishedJob() {
        FarmPollerFixture farm = FarmPollerFixture.withJobs(Jobs.completed("aaaaaaaaaaaaaaaaaaaaaaa3", 10));

        assertThat(ask(farm, Map.of("job", "LIGHTING"))).doesNotContain("ETA");
    }

    @Test
    void saysWhenNoJobMatches() {
        FarmPollerFixture farm = FarmPollerFixture.withJobs();

        assertThat(ask(farm, Map.of("job", "nope"))).startsWith("No job matches \"nope\"");
    }

    @Test
    void saysSinceWhenTheFarmIsUnreachable() {
        FarmPollerFixture farm = FarmPollerFixture.withJobs(rendering);
        farm.goDown();

        assertThat(ask(farm, Map.of()))
                .contains("⚠ Farm unreachable since ")
                .contains("(3s ago): Deadline Web Service is unreachable: scripted")
                .contains("Render farm: 1 rendering");
    }

    private static String ask(FarmPollerFixture farm, Map<String, String> options) {
        return ask(farm, FinishForecast.unknown(), options);
    }

    private static String ask(FarmPollerFixture farm, FinishForecast forecast, Map<String, String> options) {
        SubscriptionService subscriptions = TestSubscriptions.create(farm.clock(), "alice");
        StatusCommand status =
                new StatusCommand(farm.board(), new JobArguments(farm.board()), subscriptions, forecast, farm.clock());
        CommandCatalog catalog = new CommandCatalog(java.util.List.of(status), subscriptions);
        CommandRequest request =
                new CommandRequest(TestSubscriptions.discord("7"), "Ann", Trust.MEMBER, "status", options);
        return catalog.handle(request).plainText(farm.clock().instant());
    }
}
