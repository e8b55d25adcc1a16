package crashy.farm;

import static org.assertj.core.api.Assertions.assertThat;

import crashy.farm.deadline.DeadlineFarmClient;
import crashy.farm.deadline.DeadlineProperties;
import crashy.job.JobEventKind;
import crashy.job.JobId;
import crashy.job.JobState;
import crashy.simulator.Faults;
import crashy.simulator.JobSpec;
import crashy.simulator.ServerOptions;
import crashy.simulator.SimulatedFarm;
import crashy.simulator.SimulatorServer;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The real Deadline client and poller watching the simulator over loopback HTTP, its clock driven by hand. */
class FarmWatchingIntegrationTest {
    private final SimulatedFarm farm = new SimulatedFarm(7, Instant.parse("2026-11-25T18:00:00Z"));
    private SimulatorServer server;
    private DeadlineFarmClient client;
    private String shot;

    @BeforeEach
    void startFarm() {
        farm.addWorker("render01");
        farm.addWorker("render02");
        shot = farm.submit(JobSpec.named("shot010_lighting")
                .withUser("alice")
                .withTasks(4)
                .withTaskDuration(Duration.ofMinutes(1)));
        server = SimulatorServer.start(farm, ServerOptions.onPort(0).withBasicAuth("crashy", "pw"));
        client = new DeadlineFarmClient(DeadlineProperties.at(URI.create("http://127.0.0.1:" + server.port()))
                .withLogin("crashy", "pw")
                .withTimeout(Duration.ofSeconds(5)));
    }

    @AfterEach
    void stopFarm() {
        server.close();
    }

    @Test
    void reportsAStartThenACompletionOnTheActiveTick() {
        PollerHarness poller = new PollerHarness(client);
        poller.activeTick();

        farm.advance(Duration.ofSeconds(1));
        poller.activeTick();
        assertThat(poller.takeKinds()).containsExactly(JobEventKind.STARTED);

        farm.advance(Duration.ofHours(1));
        poller.activeTick();

        assertThat(poller.takeKinds())
                .contains(JobEventKind.FIRST_TASK_COMPLETED)
                .endsWith(JobEventKind.COMPLETED);
        assertThat(poller.board.find(new JobId(shot)).orElseThrow().state()).isEqualTo(JobState.COMPLETED);
    }

    @Test
    void reportsErrorsAndTheFailureOfAJob() {
        PollerHarness poller = new PollerHarness(client);
        poller.activeTick();

        farm.startTask(shot, 0);
        farm.errorTask(shot, 0, "Error: [arnold] unable to find texture /mnt/tex/wall.tx");
        farm.advance(Duration.ofSeconds(1));
        poller.activeTick();
        assertThat(poller.takeKinds()).contains(JobEventKind.ERRORED);

        farm.failJob(shot);
        poller.activeTick();

        assertThat(poller.takeKinds()).endsWith(JobEventKind.FAILED);
    }

    @Test
    void seesADeletionOnlyAfterAskingById() {
        PollerHarness poller = new PollerHarness(client);
        poller.activeTick();

        farm.deleteJob(shot);
        poller.activeTick();

        assertThat(poller.takeKinds()).containsExactly(JobEventKind.DELETED);
    }

    @Test
    void concludesNothingWhileTheWebServiceFailsAndCatchesUpAfter() {
        PollerHarness poller = new PollerHarness(client);
        poller.activeTick();
        server.faults().setFailureFraction(1);

        farm.advance(Duration.ofHours(1));
        poller.activeTick();
        poller.recentTick();

        assertThat(poller.takeKinds()).isEmpty();
        assertThat(poller.board.health().downSince()).isPresent();
        assertThat(poller.board.health().problem()).contains("500");

        server.faults().clear();
        poller.activeTick();

        assertThat(poller.takeKinds()).contains(JobEventKind.STARTED).endsWith(JobEventKind.COMPLETED);
        assertThat(poller.board.health().isReachable()).isTrue();
    }

    @Test
    void fallsBackWhenTheServerIgnoresIdOnlyWithStates() {
        server.faults().setStatesWithIdOnly(Faults.StatesWithIdOnly.IGNORE_ID_ONLY);
        PollerHarness poller = new PollerHarness(client);
        poller.activeTick();

        for (int tick = 0;
                tick < 200 && poller.board.find(new JobId(shot)).orElseThrow().state() != JobState.COMPLETED;
                tick++) {
            farm.advance(Duration.ofSeconds(3));
            poller.activeTick();
        }

        assertThat(poller.takeKinds()).startsWith(JobEventKind.STARTED).endsWith(JobEventKind.COMPLETED);
        assertThat(server.traffic().byPath().keySet())
                .noneMatch(path -> path.contains("IdOnly") && path.contains("States=Suspended"));
    }

    @Test
    void replaysWhatHappenedWhileStoppedExactlyOnce() {
        PollerHarness first = new PollerHarness(client);
        first.activeTick();

        farm.advance(Duration.ofHours(1));
        String next = farm.submit(JobSpec.named("shot020_fx").withUser("bob").withTasks(2));
        PollerHarness second = first.restart();
        second.activeTick();
        second.recentTick();

        assertThat(second.takeKinds()).contains(JobEventKind.COMPLETED, JobEventKind.SUBMITTED);
        assertThat(second.board.find(new JobId(next))).isPresent();

        PollerHarness third = second.restart();
        third.activeTick();
        third.recentTick();
        assertThat(third.takeKinds()).isEmpty();
    }
}
