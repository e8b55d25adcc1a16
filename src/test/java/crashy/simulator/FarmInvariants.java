package crashy.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** The consistency rules of the Web Service's data (checklist §15.8 of the API notes), checked on a whole farm. */
final class FarmInvariants {
    private FarmInvariants() {}

    static void check(SimulatedFarm farm) {
        for (JobView job : farm.jobs()) {
            List<TaskView> tasks = farm.tasks(job.id()).orElseThrow();
            assertThat(tasks).hasSize(job.definition().taskCount());
            for (TaskStatus status : TaskStatus.values()) {
                long count =
                        tasks.stream().filter(task -> task.status() == status).count();
                assertThat(job.tasks().of(status))
                        .as("%s tasks of %s", status, job.id())
                        .isEqualTo((int) count);
            }
            int errorReports =
                    farm.reports(job.id(), -1, ReportType.ERROR).orElseThrow().size();
            assertThat(job.errors()).as("errors of %s", job.id()).isEqualTo(errorReports);
            if (job.status() == JobStatus.COMPLETED) {
                assertThat(job.tasks().completed()).isEqualTo(job.tasks().total());
                assertThat(job.completedAt()).isPresent();
            }
            if (job.tasks().rendering() + job.tasks().completed() > 0) {
                assertThat(job.startedAt()).as("start date of %s", job.id()).isPresent();
            }
            if (job.status() != JobStatus.ACTIVE) {
                assertThat(job.tasks().rendering())
                        .as("rendering tasks of inactive %s", job.id())
                        .isZero();
            }
        }
        for (WorkerView worker : farm.workers()) {
            if (worker.status() == WorkerStatus.RENDERING) {
                assertThat(worker.job()).isNotNull();
            }
        }
    }
}
