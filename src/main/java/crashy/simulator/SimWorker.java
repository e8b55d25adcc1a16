package crashy.simulator;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The mutable state of one worker (render node). A worker renders one task at a time; {@code token} changes whenever
 * it stops a task early, so the scheduler can tell a finish event that no longer applies.
 */
final class SimWorker {
    /** Listed as a worker's only pool or group, it lets the worker render jobs of any pool or group. */
    static final String ANY = "*";

    final int index;
    final String name;
    final List<String> pools;
    final List<String> groups;
    final boolean gpu;
    WorkerStatus status = WorkerStatus.IDLE;
    long statusSince;
    boolean removed;

    @Nullable
    SimJob job;

    int task = -1;
    long taskStart;
    long taskEnd;
    long token;

    int completedTasks;
    int failedTasks;
    long renderMillis;
    long lastRenderEnd = SimJob.UNSET;

    SimWorker(int index, String name, List<String> pools, List<String> groups, boolean gpu, long now) {
        this.index = index;
        this.name = Objects.requireNonNull(name, "name");
        this.pools = List.copyOf(pools);
        this.groups = List.copyOf(groups);
        this.gpu = gpu;
        this.statusSince = now;
    }

    /** Deadline's rule: a job in pool or group "none" runs anywhere, otherwise the worker must be in it. */
    boolean canRender(JobDefinition job) {
        String pool = job.spec().pool();
        String group = job.spec().group();
        boolean poolFits = pool.equals("none") || pools.contains(pool) || pools.equals(List.of(ANY));
        boolean groupFits = group.equals("none") || groups.contains(group) || groups.equals(List.of(ANY));
        return poolFits && groupFits;
    }

    void take(SimJob newJob, int newTask, long now, long end) {
        job = newJob;
        task = newTask;
        taskStart = now;
        taskEnd = end;
        token++;
        setStatus(WorkerStatus.RENDERING, now);
    }

    /** Stops rendering; the caller decides what happens to the task. */
    void release(long now) {
        if (job != null) {
            renderMillis += now - taskStart;
            lastRenderEnd = now;
        }
        job = null;
        task = -1;
        token++;
        if (status == WorkerStatus.RENDERING) {
            setStatus(WorkerStatus.IDLE, now);
        }
    }

    void setStatus(WorkerStatus newStatus, long now) {
        if (newStatus != status) {
            status = newStatus;
            statusSince = now;
        }
    }

    int progress(long now) {
        if (job == null || taskEnd <= taskStart) {
            return 0;
        }
        return (int) Math.min(99, (now - taskStart) * 100 / (taskEnd - taskStart));
    }

    String ip() {
        return "10.0." + (gpu ? 20 : 10) + "." + (index % 250 + 1);
    }

    String mac() {
        return String.format("52:54:00:%02x:%02x:%02x", (index >> 16) & 0xFF, (index >> 8) & 0xFF, index & 0xFF);
    }

    int processors() {
        return gpu ? 24 : (index % 3 == 0 ? 64 : 32);
    }

    long ram() {
        return (gpu ? 128L : (index % 3 == 0 ? 256L : 64L)) << 30;
    }

    String videoCard() {
        return gpu ? "NVIDIA RTX A6000" : "Matrox G200eR2";
    }
}
