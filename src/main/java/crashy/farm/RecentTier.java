package crashy.farm;

import crashy.job.Job;
import crashy.job.JobId;
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
final class RecentTier {
    private final PollContext farm;

    RecentTier(PollContext farm) {
        this.farm = farm;
    }

    /** One round; the poller runs it only once the active tier has synced with the farm. */
    void tick() {
        farm.refresher().refresh(farm.sync().combinedIdQueries() ? movedByState() : newOrVanished());
    }

    private Set<JobId> movedByState() {
        Map<JobId, StateFilter> listed = new HashMap<>();
        for (StateFilter state : EnumSet.allOf(StateFilter.class)) {
            farm.client().jobIdsIn(state).forEach(id -> listed.put(id, state));
        }
        Set<JobId> moved = new HashSet<>();
        listed.forEach((id, state) -> {
            Job known = farm.board().find(id).orElse(null);
            if (known == null || !state.matches(known.state())) {
                moved.add(id);
            }
        });
        farm.board().jobs().stream()
                .map(Job::id)
                .filter(id -> !listed.containsKey(id))
                .forEach(moved::add);
        return moved;
    }

    private Set<JobId> newOrVanished() {
        Set<JobId> listed = new HashSet<>(farm.client().jobIds());
        Set<JobId> changed = new HashSet<>();
        listed.stream().filter(id -> farm.board().find(id).isEmpty()).forEach(changed::add);
        farm.board().jobs().stream()
                .map(Job::id)
                .filter(id -> !listed.contains(id))
                .forEach(changed::add);
        return changed;
    }
}
