package crashy.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * What people and machines do to a farm on their own: artists submit, suspend, resume, requeue and delete jobs;
 * workers drop out and come back. Picks its targets with the farm's random source.
 */
final class RandomActivity {
    private final FarmState farm;
    private final JobControl control;
    private final ActivityRates rates;
    private final JobGenerator generator;
    private final long startsAt;

    RandomActivity(FarmState farm, JobControl control, ActivityRates rates, long startsAt) {
        this.farm = farm;
        this.control = control;
        this.rates = rates;
        this.generator = new JobGenerator(farm.random, rates.newJobs());
        this.startsAt = startsAt;
    }

    long startsAt() {
        return startsAt;
    }

    double rate(Activity kind) {
        return switch (kind) {
            case SUBMIT -> rates.submissionsPerHour();
            case SUSPEND -> rates.suspensionsPerHour();
            case RESUME -> rates.resumesPerHour();
            case REQUEUE -> rates.requeuesPerHour();
            case DELETE -> rates.deletionsPerHour();
            case OUTAGE -> rates.outagesPerHour();
        };
    }

    void perform(Activity kind, Scheduler scheduler) {
        switch (kind) {
            case SUBMIT -> submit();
            case SUSPEND -> act(pick(job -> job.status == JobStatus.ACTIVE), control::suspend);
            case RESUME ->
                act(pick(job -> job.status == JobStatus.SUSPENDED || job.status == JobStatus.PENDING), this::resume);
            case REQUEUE -> act(pick(job -> job.status == JobStatus.FAILED), control::requeue);
            case DELETE -> act(pick(job -> job.status.isFinished()), control::delete);
            case OUTAGE -> outage(scheduler);
        }
    }

    private void submit() {
        JobSpec spec = generator.next();
        double roll = farm.random.nextDouble();
        @Nullable SimJob dependency = roll < 0.05 ? pick(job -> job.status == JobStatus.ACTIVE) : null;
        if (dependency != null) {
            farm.submit(spec.withInitialStatus(JobStatus.PENDING), farm.now(), List.of(dependency.id()));
        } else {
            farm.submit(roll < 0.12 ? spec.withInitialStatus(JobStatus.SUSPENDED) : spec, farm.now(), List.of());
        }
    }

    private void resume(SimJob job) {
        if (job.status == JobStatus.PENDING) {
            control.releasePending(job);
        } else {
            control.resume(job);
        }
    }

    private void outage(Scheduler scheduler) {
        List<SimWorker> online = new ArrayList<>();
        for (SimWorker worker : farm.workers()) {
            if (!worker.removed && worker.status.isOnline()) {
                online.add(worker);
            }
        }
        if (online.isEmpty()) {
            return;
        }
        SimWorker worker = online.get(farm.random.nextInt(online.size()));
        control.workerLost(worker, farm.random.nextDouble() < 0.3 ? WorkerStatus.STALLED : WorkerStatus.OFFLINE);
        long typical = rates.typicalOutage().toMillis();
        scheduler.workerBackAt(farm.now() + typical / 2 + (long) (farm.random.nextDouble() * typical), worker);
    }

    private @Nullable SimJob pick(Predicate<SimJob> wanted) {
        List<SimJob> candidates = new ArrayList<>();
        for (SimJob job : farm.jobs()) {
            if (wanted.test(job)) {
                candidates.add(job);
            }
        }
        return candidates.isEmpty() ? null : candidates.get(farm.random.nextInt(candidates.size()));
    }

    private static void act(@Nullable SimJob job, Consumer<SimJob> action) {
        if (job != null) {
            action.accept(job);
        }
    }
}
