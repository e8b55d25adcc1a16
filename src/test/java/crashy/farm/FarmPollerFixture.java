package crashy.farm;

import crashy.job.FinishForecast;
import crashy.job.Job;
import crashy.testing.MutableClock;
import crashy.testing.ScriptedFarmClient;
import java.time.Clock;

/** A board filled by a real poller from a scripted farm, for tests of what reads the board. */
public final class FarmPollerFixture {
    private final PollerHarness harness;

    private FarmPollerFixture(PollerHarness harness) {
        this.harness = harness;
    }

    public static FarmPollerFixture withJobs(Job... jobs) {
        ScriptedFarmClient farm = new ScriptedFarmClient();
        for (Job job : jobs) {
            farm.put(job);
        }
        return of(farm);
    }

    /** The board after one tick over a farm the test set up, workers and tasks included. */
    public static FarmPollerFixture of(ScriptedFarmClient farm) {
        PollerHarness harness = new PollerHarness(farm);
        harness.activeTick();
        return new FarmPollerFixture(harness);
    }

    /** The scripted farm the poller reads, to script what it answers next (tasks, say). */
    public ScriptedFarmClient farm() {
        return (ScriptedFarmClient) harness.farm;
    }

    public JobBoard board() {
        return harness.board;
    }

    /** The forecast of finishes as Crashy makes it, from this farm's tasks and the board's workers. */
    public FinishForecast forecast() {
        return new FarmFinishForecast(harness.farm, harness.board);
    }

    public Clock clock() {
        return harness.clock;
    }

    public MutableClock mutableClock() {
        return harness.clock;
    }

    /** The farm stops answering; two ticks fail, three seconds apart. */
    public void goDown() {
        ((ScriptedFarmClient) harness.farm).setDown(true);
        harness.activeTick();
        harness.activeTick();
    }
}
