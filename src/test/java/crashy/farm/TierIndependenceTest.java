package crashy.farm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import crashy.job.Jobs;
import crashy.testing.ScriptedFarmClient;
import crashy.testing.TestDatabase;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** A call that hangs in one tier holds up that tier only: the others keep polling on their own threads. */
class TierIndependenceTest {

    @Test
    void keepsPollingTheOtherTiersWhileOneHangs() throws InterruptedException {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ScriptedFarmClient farm = new ScriptedFarmClient().put(Jobs.rendering("aaaaaaaaaaaaaaaaaaaaaaa1", 1, 1, 1));
        farm.holdWorkers(entered, release);
        PollProperties fast = new PollProperties(
                Duration.ofMillis(100), Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofDays(14));
        JobBoard board = new JobBoard();
        JdbcJobStore store = new JdbcJobStore(TestDatabase.fresh());
        JobTracker tracker =
                new JobTracker(board, store, new EventDispatcher(store, event -> {}), Clock.systemUTC(), fast);
        FarmPoller poller = new FarmPoller(farm, board, tracker, fast, Clock.systemUTC());
        try {
            poller.start();
            await().atMost(Duration.ofSeconds(10)).until(() -> entered.getCount() == 0);
            int before = farm.calls("jobIdsIn");

            await().atMost(Duration.ofSeconds(10)).until(() -> farm.calls("jobIdsIn") >= before + 10);

            assertThat(farm.calls("workers")).isEqualTo(1);
        } finally {
            release.countDown();
            poller.stop();
        }
    }
}
