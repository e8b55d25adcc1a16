package crashy.farm;

import crashy.job.Job;
import crashy.job.JobId;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Every half minute: the ids of every job, by state, to find new jobs in any state, jobs that changed state without
 * passing through the active list (a queued job suspended, a pending job failed) and jobs that vanished. Only those
 * are then fetched in full. Where the server does not honour ids by state, all ids are listed instead, which still
 * finds new and vanished jobs.
 */
final class RecentTier implements PollTier {
    private final FarmClient client;
    private final JobBoard board;
    private final FarmSync sync;
    private final JobRefresher refresher;
    private final Duration interval;

    RecentTier(FarmClient client, JobTracker tracker, FarmSync sync, JobBoard board, Clock clock, Duration interval) {
        this.client = client;
        this.board = board;
        this.sync = sync;
        this.refresher = new JobRefresher(client, tracker, clock);
        this.interval = interval;
    }

    @Override
    public String name() {
        return "recent";
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
        refresher.refresh(sync.combinedIdQueries() ? movedByState() : newOrVanished());
    }

    private Set<JobId> movedByState() {
        Map<JobId, StateFilter> listed = new HashMap<>();
        for (StateFilter state : EnumSet.allOf(StateFilter.class)) {
            client.jobIdsIn(state).forEach(id -> listed.put(id, state));
        }
        Set<JobId> moved = new HashSet<>();
        listed.forEach((id, state) -> {
            Job known = board.find(id).orElse(null);
            if (known == null || !state.matches(known.state())) {
                moved.add(id);
            }
        });
        board.jobs().stream().map(Job::id).filter(id -> !listed.containsKey(id)).forEach(moved::add);
        return moved;
    }

    private Set<JobId> newOrVanished() {
        Set<JobId> listed = new HashSet<>(client.jobIds());
        Set<JobId> changed = new HashSet<>();
        listed.stream().filter(id -> board.find(id).isEmpty()).forEach(changed::add);
        board.jobs().stream().map(Job::id).filter(id -> !listed.contains(id)).forEach(changed::add);
        return changed;
    }
}
