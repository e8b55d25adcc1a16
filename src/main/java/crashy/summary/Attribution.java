package crashy.summary;

import crashy.job.Task;
import crashy.job.TaskState;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether one error looks like a machine's fault or the scene's: {@link Verdict#MACHINE} when its reports concentrate
 * on a few machines ({@code suspects}) while other machines completed tasks of the same job, {@link Verdict#SCENE} when
 * it happens on many machines, {@link Verdict#UNDECIDED} while the evidence is thin. The limits are the
 * {@link Thresholds}.
 */
public record Attribution(Verdict verdict, List<String> suspects, int failingWorkers, int healthyWorkers) {

    /** Who is likely to blame: a machine, the scene (or the software setup), or nobody can tell yet. */
    public enum Verdict {
        MACHINE,
        SCENE,
        UNDECIDED
    }

    /**
     * The limits of the judgement. {@code minReports}: fewer reports decide nothing. {@code concentration}: the share
     * of the reports that the suspects must account for, at most {@code maxSuspects} machines, while at least
     * {@code minHealthyWorkers} other machines completed tasks. {@code minSpreadWorkers}: on this many machines or more
     * the error is the scene's or the software setup's.
     */
    public record Thresholds(
            int minReports, double concentration, int maxSuspects, int minHealthyWorkers, int minSpreadWorkers) {
        public static final Thresholds DEFAULT = new Thresholds(3, 0.8, 2, 2, 3);
    }

    public Attribution {
        Objects.requireNonNull(verdict, "verdict");
        suspects = List.copyOf(suspects);
    }

    /** Judges one error group of a job with the default thresholds, knowing all tasks of the job. */
    public static Attribution of(ErrorGroup group, List<Task> tasks) {
        return of(group, tasks, Thresholds.DEFAULT);
    }

    public static Attribution of(ErrorGroup group, List<Task> tasks, Thresholds limits) {
        List<String> suspects = concentratedOn(group, limits.concentration());
        Set<String> healthy = new TreeSet<>();
        tasks.stream()
                .filter(task ->
                        task.state() == TaskState.COMPLETED && !task.worker().isBlank())
                .forEach(task -> healthy.add(task.worker()));
        healthy.removeAll(suspects);
        int failing = group.workers().size();
        if (group.count() < limits.minReports()) {
            return new Attribution(Verdict.UNDECIDED, List.of(), failing, healthy.size());
        }
        if (suspects.size() <= limits.maxSuspects() && healthy.size() >= limits.minHealthyWorkers()) {
            return new Attribution(Verdict.MACHINE, suspects, failing, healthy.size());
        }
        Verdict verdict = failing >= limits.minSpreadWorkers() ? Verdict.SCENE : Verdict.UNDECIDED;
        return new Attribution(verdict, List.of(), failing, healthy.size());
    }

    /** The fewest machines, most reports first, that sent at least this share of the group's reports. */
    private static List<String> concentratedOn(ErrorGroup group, double share) {
        List<String> machines = new ArrayList<>();
        int covered = 0;
        for (ErrorGroup.WorkerReports worker : group.workers()) {
            if (covered >= share * group.count()) {
                break;
            }
            machines.add(worker.worker());
            covered += worker.reports();
        }
        return machines;
    }

    /** One sentence for the artist. */
    public String text() {
        return switch (verdict) {
            case MACHINE ->
                "Likely the machine, not your scene: " + names(suspects) + (suspects.size() == 1 ? " fails" : " fail")
                        + " while " + healthyWorkers + " other machines rendered this job fine.";
            case SCENE ->
                "The same error on "
                        + (healthyWorkers == 0
                                ? "every machine (" + failingWorkers + ")"
                                : failingWorkers + " machines")
                        + ": likely the scene or the software setup, not one machine.";
            case UNDECIDED -> "Too early to tell whether the scene or a machine is to blame.";
        };
    }

    private static String names(List<String> machines) {
        if (machines.size() <= 1) {
            return String.join("", machines);
        }
        return String.join(", ", machines.subList(0, machines.size() - 1)) + " and "
                + machines.get(machines.size() - 1);
    }
}
