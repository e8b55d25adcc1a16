package crashy.simulator;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One worker at one moment, with the job and task it renders, if any. */
record WorkerView(
        String name,
        WorkerStatus status,
        long statusSince,
        List<String> pools,
        List<String> groups,
        @Nullable JobDefinition job,
        int task,
        int taskProgress,
        long taskStart,
        int completedTasks,
        int failedTasks,
        long renderMillis,
        long lastRenderEnd,
        String ip,
        String mac,
        int processors,
        long ram,
        String videoCard) {

    WorkerView {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        pools = List.copyOf(pools);
        groups = List.copyOf(groups);
    }

    /** A view of the worker; one that may render anything lists every pool and group the farm knows. */
    static WorkerView of(SimWorker worker, long now, List<String> farmPools, List<String> farmGroups) {
        SimJob job = worker.job;
        return new WorkerView(
                worker.name,
                worker.status,
                worker.statusSince,
                worker.pools.equals(List.of(SimWorker.ANY)) ? farmPools : worker.pools,
                worker.groups.equals(List.of(SimWorker.ANY)) ? farmGroups : worker.groups,
                job == null ? null : job.definition,
                worker.task,
                worker.progress(now),
                worker.taskStart,
                worker.completedTasks,
                worker.failedTasks,
                worker.renderMillis,
                worker.lastRenderEnd,
                worker.ip(),
                worker.mac(),
                worker.processors(),
                worker.ram(),
                worker.videoCard());
    }
}
