package crashy.simulator;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A ready-made farm: {@link #demo()}, small and paced so that within two minutes a newcomer sees a job start, a
 * first frame, a job complete and a job fail after its errors; and {@link #benchmark}, ten thousand jobs of the last
 * two weeks with hundreds still rendering. {@link #create} builds the farm with its clock at the given start.
 */
public final class FarmScenario {
    private static final List<String> CPU_POOLS = List.of("maya", "houdini", "nuke", "blender", "vray");

    private final String description;
    private final long seed;
    private final int cpuWorkers;
    private final int gpuWorkers;
    private final int finishedJobs;
    private final Duration history;
    private final int jobsInProgress;
    private final JobScale scale;
    private final Duration warmUp;
    private final List<JobSpec> warmUpJobs;
    private final List<Timed> timedJobs;
    private final ActivityRates activity;
    private final Duration quietStart;

    /** A job submitted {@code after} the start. */
    private record Timed(Duration after, JobSpec spec) {}

    private FarmScenario(Builder builder) {
        this.description = builder.description;
        this.seed = builder.seed;
        this.cpuWorkers = builder.cpuWorkers;
        this.gpuWorkers = builder.gpuWorkers;
        this.finishedJobs = builder.finishedJobs;
        this.history = builder.history;
        this.jobsInProgress = builder.jobsInProgress;
        this.scale = builder.scale;
        this.warmUp = builder.warmUp;
        this.warmUpJobs = List.copyOf(builder.warmUpJobs);
        this.timedJobs = List.copyOf(builder.timedJobs);
        this.activity = builder.activity;
        this.quietStart = builder.quietStart;
    }

    /** The demo farm of seed 1. */
    public static FarmScenario demo() {
        return demo(1);
    }

    /**
     * Eight workers and about a dozen jobs of several artists. Two minutes in (at speed 1): a high-priority Blender
     * job crashes on every attempt and fails after its errors, a short Nuke comp submitted after 15 s starts, renders
     * its first frame and completes; later, random activity keeps the farm busy.
     */
    public static FarmScenario demo(long seed) {
        Builder demo = new Builder("demo farm", seed, JobScale.DEMO);
        demo.cpuWorkers = 6;
        demo.gpuWorkers = 2;
        demo.finishedJobs = 5;
        demo.history = Duration.ofDays(1);
        demo.warmUp = Duration.ofMinutes(10);
        demo.warmUpJobs.addAll(DemoJobs.running());
        demo.timedJobs.add(new Timed(Duration.ofSeconds(5), DemoJobs.crashing()));
        demo.timedJobs.add(new Timed(Duration.ofSeconds(15), DemoJobs.quickComp()));
        demo.activity = new ActivityRates(12, 2, 2, 1, 2, 2, Duration.ofMinutes(3), JobScale.DEMO);
        demo.quietStart = Duration.ofMinutes(3);
        return new FarmScenario(demo);
    }

    /**
     * A studio farm at scale: {@code jobs} jobs, of which {@code active} are rendering or queued and the rest
     * finished over the last 14 days (one in ten failed); {@code workers} workers, a fifth of them GPU nodes; new
     * jobs arriving and tasks completing all the time.
     */
    public static FarmScenario benchmark(int jobs, int active, int workers, long seed) {
        if (jobs < 1 || active < 0 || active > jobs || workers < 1) {
            throw new IllegalArgumentException("need jobs >= 1, 0 <= active <= jobs and workers >= 1");
        }
        Builder bench = new Builder("benchmark farm", seed, JobScale.PRODUCTION);
        bench.gpuWorkers = workers / 5;
        bench.cpuWorkers = workers - bench.gpuWorkers;
        bench.finishedJobs = jobs - active;
        bench.history = Duration.ofDays(14);
        bench.jobsInProgress = active;
        bench.warmUp = Duration.ofMinutes(2);
        double perHour = Math.max(2, 0.03 * workers);
        bench.activity = new ActivityRates(
                perHour, 1, 1, 0.5, perHour * 0.8, workers / 50.0, Duration.ofMinutes(20), JobScale.PRODUCTION);
        return new FarmScenario(bench);
    }

    /** Like {@link #create(Instant, Path)} without writing frames. */
    public SimulatedFarm create(Instant start) {
        return create(start, null);
    }

    /** Builds the farm; its clock stands at {@code start}, with everything before it already happened. */
    public SimulatedFarm create(Instant start, @Nullable Path frameFolder) {
        Instant warmUpStart = start.minus(warmUp);
        SimulatedFarm farm = new SimulatedFarm(seed, warmUpStart, frameFolder);
        addWorkers(farm, "render", cpuWorkers, CPU_POOLS, List.of("cpu_64gb"), false);
        addWorkers(farm, "gpu", gpuWorkers, List.of("gpu"), List.of("gpu_rtx"), true);
        farm.addFinishedJobs(finishedJobs, history, scale, 0.1);
        farm.addJobsInProgress(jobsInProgress, Duration.ofHours(12), scale);
        List<String> ids = new ArrayList<>();
        for (JobSpec spec : warmUpJobs) {
            ids.add(
                    spec.initialStatus() == JobStatus.PENDING && !ids.isEmpty()
                            ? farm.submitDependent(spec, List.of(ids.get(ids.size() - 1)))
                            : farm.submit(spec));
        }
        for (Timed timed : timedJobs) {
            farm.submitAt(start.plus(timed.after()), timed.spec());
        }
        farm.startActivity(activity, start.plus(quietStart));
        farm.advance(warmUp);
        return farm;
    }

    private static void addWorkers(
            SimulatedFarm farm, String prefix, int count, List<String> pools, List<String> groups, boolean gpu) {
        int digits = Math.max(2, Integer.toString(count).length());
        for (int number = 1; number <= count; number++) {
            farm.addWorker(String.format("%s%0" + digits + "d", prefix, number), pools, groups, gpu);
        }
    }

    /** What the scenario is, for the line that says where the simulator listens. */
    public String describe() {
        int jobs = finishedJobs + jobsInProgress + warmUpJobs.size() + timedJobs.size();
        return description + ": " + (cpuWorkers + gpuWorkers) + " workers, " + jobs + " jobs, seed " + seed;
    }

    private static final class Builder {
        private final String description;
        private final long seed;
        private final JobScale scale;
        private int cpuWorkers;
        private int gpuWorkers;
        private int finishedJobs;
        private Duration history = Duration.ofDays(1);
        private int jobsInProgress;
        private Duration warmUp = Duration.ZERO;
        private final List<JobSpec> warmUpJobs = new ArrayList<>();
        private final List<Timed> timedJobs = new ArrayList<>();
        private ActivityRates activity = ActivityRates.none();
        private Duration quietStart = Duration.ZERO;

        private Builder(String description, long seed, JobScale scale) {
            this.description = Objects.requireNonNull(description, "description");
            this.seed = seed;
            this.scale = scale;
        }
    }
}
