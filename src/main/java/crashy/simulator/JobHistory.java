package crashy.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Writes jobs that ran before the simulation started, without simulating them: finished jobs spread over the last
 * days and active jobs part-way through. Tasks get plausible start and end times on a few parallel workers; failed
 * jobs get the error reports that failed them. Fast enough to fill a farm with ten thousand jobs.
 */
final class JobHistory {
    private static final long GAP_BETWEEN_TASKS = 1500;

    private final FarmState farm;
    private final Random random;

    JobHistory(FarmState farm) {
        this.farm = farm;
        this.random = farm.random;
    }

    /** Task start and end times relative to submission. */
    private record Timeline(long[] start, long[] end, long span) {}

    /** A job that completed, or failed, at some point within {@code window} before now. */
    void addFinished(JobSpec spec, Duration window, boolean fails) {
        Timeline timeline = timeline(spec);
        long submitted = submittedBefore(timeline.span(), window);
        SimJob job = farm.submit(spec.withInitialStatus(JobStatus.ACTIVE), submitted, List.of());
        ErrorKind kind = spec.errorRate() > 0 ? spec.errorKind() : randomKind();
        if (fails && random.nextDouble() < 0.4) {
            failOnErrorLimit(job, submitted, kind);
            return;
        }
        List<Integer> able = ableWorkers(job);
        boolean[] failing = new boolean[job.taskCount()];
        for (int count = fails ? 1 + random.nextInt(3) : 0; count > 0; count--) {
            failing[random.nextInt(failing.length)] = true;
        }
        for (int task = 0; task < job.taskCount(); task++) {
            long start = submitted + timeline.start()[task];
            long end = submitted + timeline.end()[task];
            int worker = randomWorker(able);
            job.taskStarted(task, worker, start);
            if (failing[task]) {
                int attempts = spec.taskErrorLimit();
                for (int attempt = 0; attempt < attempts; attempt++) {
                    long at = start + (end - start) * (attempt + 1) / attempts;
                    addError(job, task, worker, start, at, kind);
                }
                farm.setTask(job, task, TaskStatus.FAILED);
            } else {
                renderedBefore(job, task, worker, start, end, kind);
            }
        }
        job.started = submitted + timeline.start()[0];
        settle(job, submitted + timeline.span());
    }

    /** Every attempt errored until the job hit its error limit; Deadline then fails all its tasks. */
    private void failOnErrorLimit(SimJob job, long submitted, ErrorKind kind) {
        JobSpec spec = job.definition.spec();
        long gap = 5000 + random.nextInt(40_000);
        long at = submitted + 30_000;
        List<Integer> able = ableWorkers(job);
        for (int attempt = 0; attempt < spec.jobErrorLimit(); attempt++) {
            int task = attempt / spec.taskErrorLimit();
            if (task >= job.taskCount()) {
                break;
            }
            int worker = randomWorker(able);
            job.taskStarted(task, worker, at);
            addError(job, task, worker, at, at + gap, kind);
            at += gap / 4;
        }
        job.started = submitted + 30_000;
        for (int task = 0; task < job.taskCount(); task++) {
            farm.setTask(job, task, TaskStatus.FAILED);
        }
        settle(job, at);
    }

    /** An active job that started rendering within {@code window} before now: some tasks done, the rest queued. */
    void addInProgress(JobSpec spec, Duration window) {
        Timeline timeline = timeline(spec);
        long elapsed = (long) (timeline.span() * (0.05 + 0.85 * random.nextDouble()));
        long submitted = farm.now() - Math.min(elapsed, window.toMillis());
        SimJob job = farm.submit(spec, submitted, List.of());
        if (spec.initialStatus() != JobStatus.ACTIVE) {
            return;
        }
        List<Integer> able = ableWorkers(job);
        for (int task = 0; task < job.taskCount(); task++) {
            long end = submitted + timeline.end()[task];
            if (end <= farm.now()) {
                long start = submitted + timeline.start()[task];
                int worker = randomWorker(able);
                job.taskStarted(task, worker, start);
                job.started = job.started == SimJob.UNSET ? start : Math.min(job.started, start);
                renderedBefore(job, task, worker, start, end, spec.errorKind());
            }
        }
        job.reports.sort(Comparator.comparingLong(Report::date));
    }

    private void renderedBefore(SimJob job, int task, int worker, long start, long end, ErrorKind kind) {
        if (random.nextDouble() < job.definition.spec().errorRate()) {
            // The task errored once on an earlier attempt, then rendered.
            addError(job, task, worker, start - 60_000, start - 30_000, kind);
        }
        farm.setTask(job, task, TaskStatus.COMPLETED);
        job.taskEnded(task, end);
    }

    private void addError(SimJob job, int task, int worker, long attemptStart, long at, ErrorKind kind) {
        RendererError error = ErrorCatalogue.entry(job.definition.plugin(), kind);
        job.addReport(new Report(farm.ids.next(at), ReportType.ERROR, task, at, worker, attemptStart, error, null));
    }

    private void settle(SimJob job, long finishedAt) {
        job.reports.sort(Comparator.comparingLong(Report::date));
        boolean failed = job.count(TaskStatus.FAILED) > 0;
        farm.setStatus(job, failed ? JobStatus.FAILED : JobStatus.COMPLETED);
        job.completed = failed ? SimJob.UNSET : finishedAt;
    }

    private Timeline timeline(JobSpec spec) {
        int tasks = spec.taskCount();
        long[] start = new long[tasks];
        long[] end = new long[tasks];
        long[] free = new long[1 + random.nextInt(Math.min(tasks, 12))];
        Arrays.fill(free, 30_000 + random.nextInt(600_000));
        long span = 0;
        for (int task = 0; task < tasks; task++) {
            int lane = 0;
            for (int candidate = 1; candidate < free.length; candidate++) {
                lane = free[candidate] < free[lane] ? candidate : lane;
            }
            start[task] = free[lane];
            end[task] = start[task] + Scheduler.sampleDuration(random, spec.taskDuration());
            free[lane] = end[task] + GAP_BETWEEN_TASKS;
            span = Math.max(span, end[task]);
        }
        return new Timeline(start, end, span);
    }

    /** A submission date such that a job taking {@code span} finished within the window and before now. */
    private long submittedBefore(long span, Duration window) {
        long latest = farm.now() - 60_000 - span;
        long earliest = farm.now() - window.toMillis();
        return latest <= earliest ? latest : earliest + (long) (random.nextDouble() * (latest - earliest));
    }

    private List<Integer> ableWorkers(SimJob job) {
        List<Integer> able = new ArrayList<>();
        for (SimWorker worker : farm.workers()) {
            if (!worker.removed && worker.canRender(job.definition)) {
                able.add(worker.index);
            }
        }
        return able;
    }

    private int randomWorker(List<Integer> able) {
        return able.isEmpty() ? SimJob.NO_WORKER : able.get(random.nextInt(able.size()));
    }

    private ErrorKind randomKind() {
        return ErrorKind.values()[random.nextInt(ErrorKind.values().length)];
    }
}
