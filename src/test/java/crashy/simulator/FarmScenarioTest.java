package crashy.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FarmScenarioTest {
    private static final Instant START = Instant.parse("2025-11-19T13:00:00Z");

    @Test
    void theDemoShowsAStartAFirstFrameACompletionAndAFailureAfterErrorsWithinTwoMinutes() {
        SimulatedFarm farm = FarmScenario.demo().create(START);
        List<JobOutcome> outcomes = new ArrayList<>();
        farm.addOutcomeListener(outcomes::add);
        Map<String, JobView> seen = new HashMap<>();
        farm.jobs().forEach(job -> seen.put(job.id(), job));
        Map<String, Instant> firstErrorWhileActive = new HashMap<>();
        Instant started = null;
        Instant firstFrame = null;

        for (int second = 1; second <= 120; second++) {
            farm.advance(Duration.ofSeconds(1));
            for (JobView job : farm.jobs()) {
                JobView before = seen.put(job.id(), job);
                if (job.startedAt().isPresent()
                        && (before == null || before.startedAt().isEmpty())) {
                    started = started == null ? farm.now() : started;
                }
                if (job.tasks().completed() > 0
                        && (before == null || before.tasks().completed() == 0)) {
                    firstFrame = firstFrame == null ? farm.now() : firstFrame;
                }
                if (job.status() == JobStatus.ACTIVE && job.errors() > 0) {
                    firstErrorWhileActive.putIfAbsent(job.id(), farm.now());
                }
            }
        }

        assertThat(started).isNotNull();
        assertThat(firstFrame).isNotNull();
        assertThat(outcomes).anySatisfy(outcome -> assertThat(outcome.status()).isEqualTo(JobStatus.COMPLETED));
        JobOutcome failure = outcomes.stream()
                .filter(outcome -> outcome.status() == JobStatus.FAILED)
                .findFirst()
                .orElseThrow();
        assertThat(firstErrorWhileActive).containsKey(failure.jobId());
        assertThat(Duration.between(firstErrorWhileActive.get(failure.jobId()), failure.farmTime()))
                .as("errors show long enough before the failure for a poller to see them")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(20));
        assertThat(outcomes)
                .allSatisfy(outcome -> assertThat(outcome.farmTime()).isBefore(START.plusSeconds(121)));
    }

    @Test
    void theDemoHasAboutADozenJobsOfSeveralUsersOnEightWorkers() {
        SimulatedFarm farm = FarmScenario.demo().create(START);

        assertThat(farm.now()).isEqualTo(START);
        assertThat(farm.workerNames()).hasSize(8);
        assertThat(farm.jobs()).hasSizeBetween(8, 14);
        assertThat(farm.jobs().stream().map(JobView::user).distinct()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(farm.jobs())
                .anySatisfy(job -> assertThat(job.status().isFinished()).isTrue());
        FarmInvariants.check(farm);
    }

    @Test
    void theBenchmarkFarmHoldsTwoWeeksOfFinishedJobsAndTheActiveOnesAsked() {
        SimulatedFarm farm = FarmScenario.benchmark(2000, 60, 40, 5).create(START);

        List<JobView> jobs = farm.jobs();
        assertThat(jobs).hasSize(2000);
        assertThat(jobs.stream().filter(job -> job.status() == JobStatus.ACTIVE))
                .hasSizeBetween(50, 60);
        assertThat(jobs.stream().filter(job -> job.status() == JobStatus.FAILED))
                .hasSizeBetween(120, 280);
        assertThat(jobs).allSatisfy(job -> {
            assertThat(job.definition().submitted()).isAfter(START.minus(Duration.ofDays(15)));
            job.completedAt().ifPresent(completed -> assertThat(completed).isBeforeOrEqualTo(START));
        });
        assertThat(farm.workerNames()).hasSize(40).contains("render01", "gpu01");
        FarmInvariants.check(farm);
    }

    @Test
    void theBenchmarkFarmCompletesTasksContinuouslyAndReceivesNewJobs() {
        SimulatedFarm farm = FarmScenario.benchmark(500, 50, 60, 9).create(START);
        int before = completedTasks(farm);

        List<Integer> completedPerQuarter = new ArrayList<>();
        for (int quarter = 0; quarter < 8; quarter++) {
            int start = completedTasks(farm);
            farm.advance(Duration.ofMinutes(15));
            completedPerQuarter.add(completedTasks(farm) - start);
        }

        assertThat(completedTasks(farm)).isGreaterThan(before);
        assertThat(completedPerQuarter).allSatisfy(count -> assertThat(count).isPositive());
        assertThat(farm.jobs().stream()
                        .filter(job -> job.definition().submitted().isAfter(START)))
                .isNotEmpty();
    }

    /** Counted by the workers, because deleted jobs take their completed tasks with them. */
    private static int completedTasks(SimulatedFarm farm) {
        return farm.workers().stream().mapToInt(WorkerView::completedTasks).sum();
    }
}
