package crashy.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatedFarmTest {
    private static final Instant START = Instant.parse("2025-11-19T13:00:00Z");

    private final SimulatedFarm farm = new SimulatedFarm(42, START);

    @Test
    void idleWorkersTakeTasksOfTheHighestPriorityJobFirst() {
        String low = farm.submit(JobSpec.named("low").withTasks(4).withPriority(40));
        String high = farm.submit(JobSpec.named("high").withTasks(4).withPriority(90));
        farm.addWorker("render01");
        farm.addWorker("render02");

        farm.advance(Duration.ZERO);

        assertThat(tasks(high).rendering()).isEqualTo(2);
        assertThat(tasks(low).rendering()).isZero();
    }

    @Test
    void amongJobsOfEqualPriorityTheOlderSubmissionGoesFirst() {
        String older = farm.submit(JobSpec.named("older").withTasks(1));
        farm.advance(Duration.ofMinutes(1));
        String newer = farm.submit(JobSpec.named("newer").withTasks(1));
        farm.addWorker("render01");

        farm.advance(Duration.ZERO);

        assertThat(tasks(older).rendering()).isEqualTo(1);
        assertThat(tasks(newer).queued()).isEqualTo(1);
    }

    @Test
    void aWorkerOnlyTakesJobsOfItsPoolsAndGroups() {
        String gpuJob = farm.submit(JobSpec.named("rs").withPlugin("Redshift").withPoolAndGroup("gpu", "gpu_rtx"));
        farm.addWorker("render01", List.of("maya"), List.of("cpu_64gb"));

        farm.advance(Duration.ofMinutes(5));

        assertThat(tasks(gpuJob).rendering() + tasks(gpuJob).completed()).isZero();
    }

    @Test
    void completingEveryTaskCompletesTheJobSetsItsCompletionDateAndTellsListeners() {
        List<JobOutcome> outcomes = new ArrayList<>();
        farm.addOutcomeListener(outcomes::add);
        farm.addWorker("render01");
        String id = farm.submit(JobSpec.named("shot010").withTasks(3).withTaskDuration(Duration.ofSeconds(30)));

        farm.advance(Duration.ofMinutes(10));

        JobView job = farm.job(id).orElseThrow();
        assertThat(job.status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(job.tasks().completed()).isEqualTo(3);
        assertThat(job.startedAt()).isPresent();
        assertThat(job.completedAt()).isPresent();
        assertThat(job.completed()).isAfter(job.started());
        assertThat(outcomes).singleElement().satisfies(outcome -> {
            assertThat(outcome.jobId()).isEqualTo(id);
            assertThat(outcome.status()).isEqualTo(JobStatus.COMPLETED);
            assertThat(outcome.farmTime()).isEqualTo(job.completed());
        });
    }

    @Test
    void aJobKeepsNoStartDateUntilATaskStarts() {
        String id = farm.submit(JobSpec.named("waiting"));

        farm.advance(Duration.ofMinutes(5));

        assertThat(farm.job(id).orElseThrow().startedAt()).isEmpty();
    }

    @Test
    void aTaskThatErrorsFiveTimesFailsAndTheJobFailsWhenNothingElseIsLeftToRender() {
        farm.addWorker("render01");
        String id = farm.submit(JobSpec.named("bad").withTasks(2));

        for (int attempt = 0; attempt < 5; attempt++) {
            farm.errorTask(id, 0, "Error: Cannot read file \"/projects/x.blend\"");
        }
        assertThat(farm.job(id).orElseThrow().tasks().failed()).isEqualTo(1);
        assertThat(farm.job(id).orElseThrow().status()).isEqualTo(JobStatus.ACTIVE);
        farm.completeTask(id, 1);

        JobView job = farm.job(id).orElseThrow();
        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(job.errors()).isEqualTo(5);
        assertThat(job.completedAt()).isEmpty();
        assertThat(farm.tasks(id).orElseThrow().get(0).errors()).isEqualTo(5);
    }

    @Test
    void anErroringTaskGoesBackToTheQueueUntilItsLimit() {
        String id = farm.submit(JobSpec.named("flaky").withTasks(1));

        farm.errorTask(id, 0, "Error: license");

        TaskView task = farm.tasks(id).orElseThrow().get(0);
        assertThat(task.status()).isEqualTo(TaskStatus.QUEUED);
        assertThat(task.errors()).isEqualTo(1);
        assertThat(farm.job(id).orElseThrow().errors()).isEqualTo(1);
    }

    @Test
    void aJobFailsWithAllUnfinishedTasksWhenItsErrorsReachTheJobLimit() {
        farm.addWorker("render01");
        farm.addWorker("render02");
        String id = farm.submit(JobSpec.named("doomed")
                .withTasks(50)
                .withTaskDuration(Duration.ofSeconds(20))
                .withErrors(1.0, ErrorKind.LICENSE)
                .withErrorLimits(5, 12));

        farm.advance(Duration.ofHours(1));

        JobView job = farm.job(id).orElseThrow();
        assertThat(job.status()).isEqualTo(JobStatus.FAILED);
        assertThat(job.errors()).isEqualTo(12);
        assertThat(job.tasks().failed()).isEqualTo(50);
        assertThat(farm.workers())
                .allSatisfy(worker -> assertThat(worker.status()).isEqualTo(WorkerStatus.IDLE));
    }

    @Test
    void errorsAppearOnAJobBeforeItFails() {
        List<Integer> errorsSeen = new ArrayList<>();
        farm.addWorker("render01");
        String id = farm.submit(JobSpec.named("doomed")
                .withTasks(2)
                .withErrors(1.0, ErrorKind.OUT_OF_MEMORY)
                .withErrorLimits(3, 100));

        while (farm.job(id).orElseThrow().status() == JobStatus.ACTIVE) {
            errorsSeen.add(farm.job(id).orElseThrow().errors());
            farm.advance(Duration.ofSeconds(5));
        }

        assertThat(errorsSeen).contains(1, 2, 3, 4, 5);
        assertThat(farm.job(id).orElseThrow().status()).isEqualTo(JobStatus.FAILED);
    }

    @Test
    void suspendingStopsRenderingAndResumingQueuesTheTasksAgain() {
        farm.addWorker("render01");
        String id = farm.submit(JobSpec.named("shot").withTasks(3));
        farm.advance(Duration.ofSeconds(1));

        farm.suspendJob(id);

        assertThat(farm.job(id).orElseThrow().status()).isEqualTo(JobStatus.SUSPENDED);
        assertThat(tasks(id).suspended()).isEqualTo(3);
        assertThat(farm.workers().get(0).status()).isEqualTo(WorkerStatus.IDLE);
        farm.advance(Duration.ofMinutes(30));
        assertThat(tasks(id).completed()).isZero();

        farm.resumeJob(id);

        assertThat(farm.job(id).orElseThrow().status()).isEqualTo(JobStatus.ACTIVE);
        farm.advance(Duration.ofMinutes(30));
        assertThat(farm.job(id).orElseThrow().status()).isEqualTo(JobStatus.COMPLETED);
    }

    @Test
    void requeueingAFinishedJobQueuesEveryTaskAndClearsTheCompletionDate() {
        farm.addWorker("render01");
        String id = farm.submit(JobSpec.named("shot").withTasks(2));
        farm.advance(Duration.ofMinutes(30));

        farm.requeueJob(id);

        JobView job = farm.job(id).orElseThrow();
        assertThat(job.status()).isEqualTo(JobStatus.ACTIVE);
        assertThat(job.tasks().queued()).isEqualTo(2);
        assertThat(job.completedAt()).isEmpty();
    }

    @Test
    void deletingAJobRemovesItAndFreesItsWorkers() {
        farm.addWorker("render01");
        String id = farm.submit(JobSpec.named("shot").withTasks(2));
        farm.advance(Duration.ofSeconds(1));

        farm.deleteJob(id);

        assertThat(farm.job(id)).isEmpty();
        assertThat(farm.workers().get(0).status()).isEqualTo(WorkerStatus.IDLE);
        farm.advance(Duration.ofMinutes(10));
        assertThat(farm.jobs()).isEmpty();
    }

    @Test
    void aWorkerGoingOfflineRequeuesItsTaskWithARequeueReport() {
        farm.addWorker("render01");
        String id = farm.submit(JobSpec.named("shot").withTasks(1));
        farm.advance(Duration.ofSeconds(1));

        farm.setWorkerStatus("render01", WorkerStatus.OFFLINE);

        assertThat(tasks(id).queued()).isEqualTo(1);
        assertThat(farm.reports(id, -1, ReportType.REQUEUE).orElseThrow()).hasSize(1);
        assertThat(farm.job(id).orElseThrow().errors()).isZero();
        farm.advance(Duration.ofHours(1));
        assertThat(tasks(id).completed()).isZero();

        farm.setWorkerStatus("render01", WorkerStatus.IDLE);
        farm.advance(Duration.ofHours(1));
        assertThat(tasks(id).completed()).isEqualTo(1);
    }

    @Test
    void aDependentJobWaitsPendingUntilItsDependencyCompletes() {
        farm.addWorker("render01");
        String first = farm.submit(JobSpec.named("sim").withTasks(2));
        String second = farm.submitDependent(JobSpec.named("render").withTasks(2), List.of(first));
        farm.advance(Duration.ofSeconds(10));
        assertThat(farm.job(second).orElseThrow().status()).isEqualTo(JobStatus.PENDING);
        assertThat(tasks(second).pending()).isEqualTo(2);

        farm.completeJob(first);

        assertThat(farm.job(second).orElseThrow().status()).isEqualTo(JobStatus.ACTIVE);
    }

    @Test
    void startingATaskByHandPutsItOnAnIdleWorker() {
        farm.addWorker("render01");
        String id = farm.submit(JobSpec.named("shot").withTasks(3));

        String worker = farm.startTask(id, 2);

        assertThat(worker).isEqualTo("render01");
        TaskView task = farm.tasks(id).orElseThrow().get(2);
        assertThat(task.status()).isEqualTo(TaskStatus.RENDERING);
        assertThat(task.worker()).isEqualTo("render01");
        assertThatThrownBy(() -> farm.startTask(id, 1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void failingATaskByHandMarksItFailedWithTheGivenTitle() {
        String id = farm.submit(JobSpec.named("shot").withTasks(1));

        farm.failTask(id, 0, "Error: out of memory");

        assertThat(farm.job(id).orElseThrow().status()).isEqualTo(JobStatus.FAILED);
        assertThat(farm.reports(id, 0, ReportType.ERROR).orElseThrow())
                .singleElement()
                .satisfies(report -> assertThat(report.title()).isEqualTo("Error: out of memory"));
    }

    @Test
    void countersAlwaysEqualTheTaskStatesWhileTheFarmRunsOnItsOwn() {
        for (long seed = 1; seed <= 12; seed++) {
            SimulatedFarm busy = FarmScenario.benchmark(60, 15, 12, seed).create(START);
            for (int step = 0; step < 60; step++) {
                busy.advance(Duration.ofSeconds(1 + (step * 37L) % 600));
                FarmInvariants.check(busy);
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameFarm() {
        SimulatedFarm one = FarmScenario.benchmark(80, 20, 10, 7).create(START);
        SimulatedFarm two = FarmScenario.benchmark(80, 20, 10, 7).create(START);

        one.advance(Duration.ofHours(3));
        two.advance(Duration.ofHours(3));

        assertThat(two.jobs()).isEqualTo(one.jobs());
        assertThat(two.tasks(one.jobs().get(0).id()))
                .isEqualTo(one.tasks(one.jobs().get(0).id()));
        assertThat(two.workers()).isEqualTo(one.workers());
    }

    private TaskCounts tasks(String id) {
        return farm.job(id).orElseThrow().tasks();
    }
}
