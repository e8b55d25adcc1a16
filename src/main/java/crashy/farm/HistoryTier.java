package crashy.farm;

import crashy.job.Job;
import crashy.job.JobId;
import java.util.List;

/**
 * Hourly: forgets jobs that left the tracked window and re-reads every other job that is not active, in batches, as
 * a safety net for anything the cheaper tiers cannot see (renamed jobs, changed priorities, and every state change on
 * a server without ids by state).
 */
final class HistoryTier {
    private final PollContext farm;

    HistoryTier(PollContext farm) {
        this.farm = farm;
    }

    /** One round; the poller runs it only once the active tier has synced with the farm. */
    void tick() {
        farm.tracker().forgetOld();
        List<JobId> resting = farm.board().jobs().stream()
                .filter(job -> !job.state().isActive())
                .map(Job::id)
                .toList();
        farm.refresher().refresh(resting);
    }
}
