package crashy.farm;

import crashy.job.Job;
import crashy.job.JobId;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Hourly: forgets jobs that left the tracked window and re-reads every other job that is not active, in batches, as
 * a safety net for anything the cheaper tiers cannot see (renamed jobs, changed priorities, and every state change on
 * a server without ids by state).
 */
final class HistoryTier implements PollTier {
    private final JobBoard board;
    private final JobTracker tracker;
    private final FarmSync sync;
    private final JobRefresher refresher;
    private final Duration interval;

    HistoryTier(FarmClient client, JobTracker tracker, FarmSync sync, JobBoard board, Clock clock, Duration interval) {
        this.board = board;
        this.tracker = tracker;
        this.sync = sync;
        this.refresher = new JobRefresher(client, tracker, clock);
        this.interval = interval;
    }

    @Override
    public String name() {
        return "older";
    }

    @Override
    public Duration interval() {
        return interval;
    }

    @Override
    public void tick() {
        if (!sync.isSynced()) {
            return;
        }
        tracker.forgetOld();
        List<JobId> resting = board.jobs().stream()
                .filter(job -> !job.state().isActive())
                .map(Job::id)
                .toList();
        refresher.refresh(resting);
    }
}
