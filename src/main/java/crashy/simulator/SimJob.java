package crashy.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The mutable state of one job on the simulated farm. Tasks are kept in parallel primitive arrays rather than objects
 * because a benchmark farm holds about a million of them. Only {@link FarmState} changes a task's status, so the
 * status counters always equal the counts of task states.
 */
final class SimJob {
    static final long UNSET = Long.MIN_VALUE;
    static final int NO_WORKER = -1;

    final JobDefinition definition;
    JobStatus status;
    long started = UNSET;
    long completed = UNSET;
    /** Error reports written before the last requeue; they no longer count towards the job's error limit. */
    int errorsBeforeRequeue;
    /** Whether the job is in {@link FarmState}'s set of jobs with queued tasks. */
    boolean dispatchable;

    final List<Report> reports = new ArrayList<>(0);
    private int errorReports;
    private final byte[] taskStatus;
    private final short[] taskErrors;
    private final int[] taskWorker;
    private final long[] taskStart;
    private final long[] taskEnd;
    private final int[] counts = new int[TaskStatus.values().length];

    SimJob(JobDefinition definition, JobStatus status, TaskStatus initialTasks) {
        this.definition = definition;
        this.status = status;
        int tasks = definition.taskCount();
        taskStatus = new byte[tasks];
        Arrays.fill(taskStatus, (byte) initialTasks.ordinal());
        counts[initialTasks.ordinal()] = tasks;
        taskErrors = new short[tasks];
        taskWorker = new int[tasks];
        Arrays.fill(taskWorker, NO_WORKER);
        taskStart = new long[tasks];
        Arrays.fill(taskStart, UNSET);
        taskEnd = new long[tasks];
        Arrays.fill(taskEnd, UNSET);
    }

    String id() {
        return definition.id();
    }

    int taskCount() {
        return taskStatus.length;
    }

    TaskStatus taskStatus(int task) {
        return TaskStatus.ofOrdinal(taskStatus[task]);
    }

    /** Only for {@link FarmState#setTask}, which keeps the dispatch queue in step. */
    void changeTask(int task, TaskStatus status) {
        counts[taskStatus[task]]--;
        counts[status.ordinal()]++;
        taskStatus[task] = (byte) status.ordinal();
    }

    int count(TaskStatus status) {
        return counts[status.ordinal()];
    }

    int firstTaskIn(TaskStatus status) {
        for (int task = 0; task < taskStatus.length; task++) {
            if (taskStatus[task] == status.ordinal()) {
                return task;
            }
        }
        return -1;
    }

    void taskStarted(int task, int worker, long at) {
        taskWorker[task] = worker;
        taskStart[task] = at;
        taskEnd[task] = UNSET;
    }

    void taskEnded(int task, long at) {
        taskEnd[task] = at;
    }

    int taskWorker(int task) {
        return taskWorker[task];
    }

    long taskStart(int task) {
        return taskStart[task];
    }

    long taskEnd(int task) {
        return taskEnd[task];
    }

    int taskErrors(int task) {
        return taskErrors[task];
    }

    void addReport(Report report) {
        reports.add(report);
        if (report.type() == ReportType.ERROR) {
            errorReports++;
            if (report.task() >= 0) {
                taskErrors[report.task()]++;
            }
        }
    }

    /** The number of error reports: Deadline's {@code Errs}. */
    int errors() {
        return errorReports;
    }

    void forgetTaskErrors() {
        Arrays.fill(taskErrors, (short) 0);
        errorsBeforeRequeue = errorReports;
    }

    TaskCounts counts() {
        return new TaskCounts(
                count(TaskStatus.QUEUED),
                count(TaskStatus.SUSPENDED),
                count(TaskStatus.RENDERING),
                count(TaskStatus.COMPLETED),
                count(TaskStatus.FAILED),
                count(TaskStatus.PENDING));
    }

    JobView view(int singleTaskProgress) {
        return new JobView(
                definition, status, counts(), errorReports, instant(started), instant(completed), singleTaskProgress);
    }

    TaskView taskView(int task, String worker, int progress) {
        return new TaskView(
                id(),
                task,
                definition.firstFrameOf(task),
                definition.lastFrameOf(task),
                taskStatus(task),
                taskErrors[task],
                worker,
                instant(taskStart[task]),
                instant(taskEnd[task]),
                progress);
    }

    static @Nullable Instant instant(long millis) {
        return millis == UNSET ? null : Instant.ofEpochMilli(millis);
    }
}
