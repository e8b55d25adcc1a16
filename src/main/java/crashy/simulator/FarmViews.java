package crashy.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the simulated farm shows of itself: jobs, tasks, workers and reports as the immutable views the endpoints and
 * tests read. The caller holds the farm's lock ({@link SimulatedFarm} does).
 */
final class FarmViews {
    private final FarmState state;

    FarmViews(FarmState state) {
        this.state = state;
    }

    Optional<JobView> job(String id) {
        return Optional.ofNullable(state.findJob(id)).map(this::view);
    }

    List<JobView> jobs() {
        List<JobView> views = new ArrayList<>(state.jobCount());
        for (SimJob job : state.jobs()) {
            views.add(view(job));
        }
        return views;
    }

    Optional<List<TaskView>> tasks(String jobId) {
        return Optional.ofNullable(state.findJob(jobId)).map(job -> {
            List<TaskView> views = new ArrayList<>(job.taskCount());
            for (int task = 0; task < job.taskCount(); task++) {
                views.add(taskView(job, task));
            }
            return views;
        });
    }

    List<String> workerNames() {
        return state.workers().stream()
                .filter(worker -> !worker.removed)
                .map(worker -> worker.name)
                .toList();
    }

    List<WorkerView> workers() {
        return state.workers().stream()
                .filter(worker -> !worker.removed)
                .map(worker -> WorkerView.of(worker, state.now(), state.pools(), state.groups()))
                .toList();
    }

    Optional<List<ReportView>> reports(String jobId, int task, @Nullable ReportType type) {
        return Optional.ofNullable(state.findJob(jobId)).map(job -> {
            JobReports reports = new JobReports(state, job);
            return reports.select(task, type).stream().map(reports::view).toList();
        });
    }

    Optional<List<String>> reportContents(String jobId, int task, @Nullable ReportType type) {
        return Optional.ofNullable(state.findJob(jobId)).map(job -> {
            JobReports reports = new JobReports(state, job);
            return reports.select(task, type).stream()
                    .map(report -> reports.text(report).contents())
                    .toList();
        });
    }

    Optional<String> reportContents(String jobId, String reportId, ReportType type) {
        return Optional.ofNullable(state.findJob(jobId)).flatMap(job -> {
            JobReports reports = new JobReports(state, job);
            return reports.find(reportId, type)
                    .map(report -> reports.text(report).contents());
        });
    }

    /** The job with its render times: total and average of its completed tasks, and the time left at that pace. */
    Optional<JobDetails> details(String jobId) {
        return Optional.ofNullable(state.findJob(jobId)).map(this::details);
    }

    private JobDetails details(SimJob job) {
        long total = 0;
        int counted = 0;
        for (int task = 0; task < job.taskCount(); task++) {
            if (job.taskStatus(task) == TaskStatus.COMPLETED && job.taskStart(task) != SimJob.UNSET) {
                total += job.taskEnd(task) - job.taskStart(task);
                counted++;
            }
        }
        long average = counted == 0 ? 0 : total / counted;
        int left = job.count(TaskStatus.QUEUED) + job.count(TaskStatus.RENDERING);
        long running = Math.max(1, job.count(TaskStatus.RENDERING));
        return new JobDetails(view(job), total, average, average * left / running);
    }

    private JobView view(SimJob job) {
        int progress = job.taskCount() == 1 ? taskView(job, 0).progress() : 0;
        return job.view(progress);
    }

    private TaskView taskView(SimJob job, int task) {
        int progress = switch (job.taskStatus(task)) {
            case COMPLETED -> 100;
            case RENDERING -> state.worker(job.taskWorker(task)).progress(state.now());
            default -> 0;
        };
        return job.taskView(task, state.workerName(job.taskWorker(task)), progress);
    }
}
