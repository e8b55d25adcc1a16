package crashy.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Checks the detector's promises on many random transition sequences, each reproducible from its seed. */
class JobChangeDetectorRandomTest {
    private static final int SEQUENCES = 2_000;
    private static final int STEPS = 40;

    @Test
    void keepsItsPromisesOnArbitraryTransitions() {
        for (long seed = 0; seed < SEQUENCES; seed++) {
            Random random = new Random(seed);
            Job previous = arbitrary(random);
            for (int step = 0; step < STEPS; step++) {
                Job current = arbitrary(random);
                checkStep(previous, current, "seed " + seed + " step " + step);
                previous = current;
            }
        }
    }

    @Test
    void tellsARealisticRenderExactlyOnceOverManySmallSteps() {
        for (long seed = 0; seed < SEQUENCES; seed++) {
            Random random = new Random(seed);
            List<Job> history = realisticRender(random);
            List<JobEvent> events = new ArrayList<>(JobChangeDetector.detect(null, history.get(0)));
            for (int i = 1; i < history.size(); i++) {
                events.addAll(JobChangeDetector.detect(history.get(i - 1), history.get(i)));
            }
            Job last = history.get(history.size() - 1);
            String context = "seed " + seed;

            assertThat(count(events, JobEventKind.SUBMITTED)).as(context).isEqualTo(1);
            assertThat(count(events, JobEventKind.STARTED)).as(context).isEqualTo(last.hasStarted() ? 1 : 0);
            assertThat(count(events, JobEventKind.FIRST_TASK_COMPLETED))
                    .as(context)
                    .isEqualTo(last.tasks().completed() > 0 ? 1 : 0);
            assertThat(count(events, JobEventKind.COMPLETED))
                    .as(context)
                    .isEqualTo(last.state() == JobState.COMPLETED ? 1 : 0);
            assertThat(count(events, JobEventKind.FAILED))
                    .as(context)
                    .isEqualTo(last.state() == JobState.FAILED ? 1 : 0);
            assertThat(sum(events, JobEventKind.ERRORED)).as(context).isEqualTo(last.errors());
            assertThat(sum(events, JobEventKind.TASKS_FAILED))
                    .as(context)
                    .isEqualTo(last.tasks().failed());
            assertThat(count(events, JobEventKind.REQUEUED) + count(events, JobEventKind.RESUMED))
                    .as(context)
                    .isZero();
        }
    }

    private static void checkStep(Job previous, Job current, String context) {
        List<JobEvent> events = JobChangeDetector.detect(previous, current);
        Set<JobEventKind> kinds = EnumSet.noneOf(JobEventKind.class);
        events.forEach(event -> kinds.add(event.kind()));

        assertThat(JobChangeDetector.detect(current, current)).as(context).isEmpty();
        assertThat(kinds).as(context + ": each kind once").hasSize(events.size());
        assertThat(events)
                .as(context)
                .allSatisfy(event -> assertThat(event.job()).isSameAs(current));
        assertThat(events)
                .extracting(JobEvent::kind)
                .as(context + ": story order")
                .isSortedAccordingTo((a, b) -> Integer.compare(storyOrder(a), storyOrder(b)));
        assertThat(kinds.contains(JobEventKind.COMPLETED))
                .as(context)
                .isEqualTo(entered(previous, current, JobState.COMPLETED));
        assertThat(kinds.contains(JobEventKind.FAILED))
                .as(context)
                .isEqualTo(entered(previous, current, JobState.FAILED));
        assertThat(kinds.contains(JobEventKind.SUSPENDED))
                .as(context)
                .isEqualTo(entered(previous, current, JobState.SUSPENDED));
        assertThat(kinds.contains(JobEventKind.ERRORED)).as(context).isEqualTo(current.errors() > previous.errors());
        assertThat(kinds.contains(JobEventKind.TASKS_FAILED))
                .as(context)
                .isEqualTo(current.tasks().failed() > previous.tasks().failed());
        assertThat(kinds.contains(JobEventKind.STARTED))
                .as(context)
                .isEqualTo(!previous.hasStarted() && current.hasStarted());
        assertThat(kinds.contains(JobEventKind.RESUMED) && kinds.contains(JobEventKind.REQUEUED))
                .as(context)
                .isFalse();
        events.stream()
                .filter(event -> event.kind() == JobEventKind.ERRORED)
                .forEach(event -> assertThat(event.amount()).isEqualTo(current.errors() - previous.errors()));
        assertThat(JobChangeDetector.detect(null, current).get(0).kind()).isEqualTo(JobEventKind.SUBMITTED);
    }

    private static boolean entered(Job previous, Job current, JobState state) {
        return previous.state() != state && current.state() == state;
    }

    private static int storyOrder(JobEventKind kind) {
        return switch (kind) {
            case SUBMITTED -> 0;
            case REQUEUED, RESUMED -> 1;
            case STARTED -> 2;
            case FIRST_TASK_COMPLETED -> 3;
            case PROGRESSED -> 4;
            case TASKS_FAILED -> 5;
            case ERRORED -> 6;
            case COMPLETED, FAILED, SUSPENDED, DELETED -> 7;
        };
    }

    /** Any job at all, including combinations Deadline would never produce. */
    private static Job arbitrary(Random random) {
        JobState[] states = JobState.values();
        TaskCounts tasks = new TaskCounts(
                random.nextInt(4),
                random.nextInt(3),
                random.nextInt(4),
                random.nextInt(3),
                random.nextInt(2),
                random.nextInt(2));
        Instant started = random.nextBoolean() ? Jobs.SUBMITTED.plusSeconds(5) : null;
        return Jobs.queued("j", 1)
                .withProgress(states[random.nextInt(states.length)], tasks, random.nextInt(4))
                .withDates(started, null);
    }

    /** A job rendering as Deadline renders: tasks move forward only, errors only rise, it ends once at most. */
    private static List<Job> realisticRender(Random random) {
        int total = 1 + random.nextInt(20);
        int queued = total;
        int rendering = 0;
        int completed = 0;
        int failed = 0;
        int errors = 0;
        List<Job> history = new ArrayList<>();
        Job job = Jobs.queued("j", total);
        history.add(job);
        while (queued + rendering > 0 && history.size() < 200) {
            int start = Math.min(queued, random.nextInt(3));
            int finish = Math.min(rendering, random.nextInt(3));
            int fail = random.nextInt(10) == 0 ? Math.min(rendering - finish, 1) : 0;
            queued -= start;
            rendering += start - finish - fail;
            completed += finish;
            failed += fail;
            errors += fail * 5 + (random.nextInt(6) == 0 ? 1 : 0);
            JobState state = rendering > 0 ? JobState.RENDERING : JobState.QUEUED;
            if (queued + rendering == 0) {
                state = failed > 0 ? JobState.FAILED : JobState.COMPLETED;
            }
            TaskCounts counts = new TaskCounts(queued, rendering, completed, failed, 0, 0);
            Instant started = completed + rendering + failed > 0 ? Jobs.SUBMITTED.plusSeconds(5) : null;
            job = job.withProgress(state, counts, errors).withDates(started, null);
            history.add(job);
        }
        return history;
    }

    private static long count(List<JobEvent> events, JobEventKind kind) {
        return events.stream().filter(event -> event.kind() == kind).count();
    }

    private static int sum(List<JobEvent> events, JobEventKind kind) {
        return events.stream()
                .filter(event -> event.kind() == kind)
                .mapToInt(JobEvent::amount)
                .sum();
    }
}
