package crashy.farm;

import crashy.job.JobId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Remembers which job and task each worker was on. A worker that moved on has finished, failed or dropped a task, so
 * the jobs it left and joined are the ones whose counters changed: fetching just those is what keeps polling cheap.
 */
final class WorkerAssignments {
    private record Assignment(@Nullable JobId job, String task) {}

    private Map<String, Assignment> previous = new HashMap<>();

    /** The jobs a worker left or joined since the last call. */
    Set<JobId> jobsTouchedBy(List<Worker> workers) {
        Map<String, Assignment> current = new HashMap<>();
        for (Worker worker : workers) {
            current.put(worker.name(), new Assignment(worker.currentJob().orElse(null), worker.taskId()));
        }
        Set<JobId> touched = new HashSet<>();
        Set<String> names = new HashSet<>(previous.keySet());
        names.addAll(current.keySet());
        for (String name : names) {
            Assignment before = previous.get(name);
            Assignment now = current.get(name);
            if (!Objects.equals(before, now)) {
                addJob(touched, before);
                addJob(touched, now);
            }
        }
        previous = current;
        return touched;
    }

    private static void addJob(Set<JobId> jobs, @Nullable Assignment assignment) {
        if (assignment != null && assignment.job() != null) {
            jobs.add(assignment.job());
        }
    }
}
