package crashy.farm;

import java.time.Clock;

/** What every poll tier works with: the farm, the tracker that applies what was fetched, the first sync, the board. */
record PollContext(
        FarmClient client, JobTracker tracker, FarmSync sync, JobBoard board, JobRefresher refresher, Clock clock) {

    static PollContext of(FarmClient client, JobTracker tracker, JobBoard board, Clock clock) {
        return new PollContext(
                client,
                tracker,
                new FarmSync(client, tracker, clock),
                board,
                new JobRefresher(client, tracker, clock),
                clock);
    }
}
