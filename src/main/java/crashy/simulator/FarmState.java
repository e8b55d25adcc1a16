package crashy.simulator;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Everything on the simulated farm: the clock, jobs, workers and the queue of jobs with work to hand out, plus what
 * happened that must be told outside the farm's lock (finished jobs, frames to write). The only place a task status
 * or job status changes, so the counters and the dispatch queue always agree with the tasks.
 */
final class FarmState {
    /** Deadline hands out work by priority (higher first), then submission date (older first). */
    private static final Comparator<SimJob> DISPATCH_ORDER = Comparator.<SimJob>comparingInt(
                    job -> -job.definition.priority())
            .thenComparing(job -> job.definition.submitted())
            .thenComparing(SimJob::id);

    final Random random;
    final ObjectIds ids;
    private final @Nullable Path frameFolder;
    private long now;
    private final Map<String, SimJob> jobs = new LinkedHashMap<>();
    private final TreeSet<SimJob> dispatchable = new TreeSet<>(DISPATCH_ORDER);
    private final List<SimWorker> workers = new ArrayList<>();
    private final Map<String, SimWorker> workersByName = new LinkedHashMap<>();
    private final TreeSet<String> users = new TreeSet<>();
    private final TreeSet<String> pools = new TreeSet<>(List.of("none"));
    private final TreeSet<String> groups = new TreeSet<>(List.of("none"));
    private final List<JobOutcome> outcomes = new ArrayList<>();
    private final List<FrameFile> frames = new ArrayList<>();

    FarmState(long seed, Instant start, @Nullable Path frameFolder) {
        this.random = new Random(seed);
        this.ids = new ObjectIds(seed);
        this.frameFolder = frameFolder;
        this.now = start.toEpochMilli();
    }

    long now() {
        return now;
    }

    void moveClockTo(long millis) {
        now = Math.max(now, millis);
    }

    SimJob submit(JobSpec spec, long submitted, List<String> dependencies) {
        String id = ids.next(submitted);
        String directory = spec.outputDirectory().isEmpty()
                ? "/renders/" + spec.user() + "/" + slug(spec.batch().isEmpty() ? spec.name() : spec.batch())
                : spec.outputDirectory();
        String file = spec.outputFile().isEmpty() ? slug(spec.name()) + "_beauty.####.exr" : spec.outputFile();
        if (frameFolder != null) {
            directory =
                    frameFolder.resolve(directory.replaceFirst("^[/\\\\]+", "")).toString();
        }
        JobDefinition definition = new JobDefinition(
                id,
                spec,
                Instant.ofEpochMilli(submitted),
                "ws-" + spec.user(),
                directory,
                file,
                PluginInfo.of(spec, directory, file),
                dependencies);
        SimJob job = new SimJob(definition, spec.initialStatus(), initialTaskStatus(spec.initialStatus()));
        jobs.put(id, job);
        users.add(spec.user());
        pools.add(spec.pool());
        groups.add(spec.group());
        refreshDispatch(job);
        return job;
    }

    private static TaskStatus initialTaskStatus(JobStatus status) {
        return switch (status) {
            case SUSPENDED -> TaskStatus.SUSPENDED;
            case PENDING -> TaskStatus.PENDING;
            case ACTIVE, COMPLETED, FAILED -> TaskStatus.QUEUED;
        };
    }

    static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        return slug.replaceAll("^_+|_+$", "");
    }

    SimJob job(String id) {
        SimJob job = jobs.get(id);
        if (job == null) {
            throw new NoSuchElementException("no job " + id + " on the farm");
        }
        return job;
    }

    @Nullable
    SimJob findJob(String id) {
        return jobs.get(id);
    }

    Iterable<SimJob> jobs() {
        return jobs.values();
    }

    int jobCount() {
        return jobs.size();
    }

    void remove(SimJob job) {
        jobs.remove(job.id());
        dispatchable.remove(job);
        job.dispatchable = false;
    }

    void setTask(SimJob job, int task, TaskStatus status) {
        job.changeTask(task, status);
        refreshDispatch(job);
    }

    void setStatus(SimJob job, JobStatus status) {
        job.status = status;
        refreshDispatch(job);
    }

    private void refreshDispatch(SimJob job) {
        boolean wanted = job.status == JobStatus.ACTIVE && job.count(TaskStatus.QUEUED) > 0;
        if (wanted != job.dispatchable) {
            job.dispatchable = wanted;
            if (wanted) {
                dispatchable.add(job);
            } else {
                dispatchable.remove(job);
            }
        }
    }

    boolean hasQueuedWork() {
        return !dispatchable.isEmpty();
    }

    /** The job this worker would pick next, if any. */
    @Nullable
    SimJob nextJobFor(SimWorker worker) {
        for (SimJob job : dispatchable) {
            if (worker.canRender(job.definition)) {
                return job;
            }
        }
        return null;
    }

    SimWorker addWorker(String name, List<String> workerPools, List<String> workerGroups, boolean gpu) {
        SimWorker existing = workersByName.get(name);
        if (existing != null && !existing.removed) {
            throw new IllegalArgumentException("worker " + name + " already exists");
        }
        SimWorker worker = new SimWorker(workers.size(), name, workerPools, workerGroups, gpu, now);
        workers.add(worker);
        workersByName.put(name, worker);
        workerPools.stream().filter(pool -> !pool.equals(SimWorker.ANY)).forEach(pools::add);
        workerGroups.stream().filter(group -> !group.equals(SimWorker.ANY)).forEach(groups::add);
        return worker;
    }

    SimWorker worker(String name) {
        SimWorker worker = workersByName.get(name);
        if (worker == null || worker.removed) {
            throw new NoSuchElementException("no worker " + name + " on the farm");
        }
        return worker;
    }

    /** By index, including removed workers, whose names old tasks and reports still carry. */
    SimWorker worker(int index) {
        return workers.get(index);
    }

    String workerName(int index) {
        return index == SimJob.NO_WORKER ? "" : workers.get(index).name;
    }

    List<SimWorker> workers() {
        return workers;
    }

    List<String> users() {
        return List.copyOf(users);
    }

    List<String> pools() {
        return List.copyOf(pools);
    }

    List<String> groups() {
        return List.copyOf(groups);
    }

    void finished(SimJob job) {
        outcomes.add(new JobOutcome(job.id(), job.status, Instant.ofEpochMilli(now), System.nanoTime()));
    }

    void rendered(SimJob job, int task) {
        if (frameFolder == null) {
            return;
        }
        JobDefinition definition = job.definition;
        for (int frame = definition.firstFrameOf(task); frame <= definition.lastFrameOf(task); frame++) {
            frames.add(new FrameFile(
                    Path.of(definition.outputDirectory(), FrameFile.name(definition.outputFile(), frame)), frame));
        }
    }

    List<JobOutcome> takeOutcomes() {
        List<JobOutcome> taken = List.copyOf(outcomes);
        outcomes.clear();
        return taken;
    }

    List<FrameFile> takeFrames() {
        List<FrameFile> taken = List.copyOf(frames);
        frames.clear();
        return taken;
    }
}
