package crashy.farm;

import crashy.job.Job;
import crashy.job.JobState;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The farm at a glance: how many jobs are in each state, the jobs in progress (rendering first, then queued, by
 * priority), the jobs that failed in the last day, and how many workers are busy, idle or down.
 */
public record FarmSummary(
        Map<JobState, Integer> jobsPerState,
        List<Job> inProgress,
        List<Job> failedLastDay,
        int workersBusy,
        int workersIdle,
        int workersDown,
        FarmHealth health) {

    public FarmSummary {
        jobsPerState = Map.copyOf(jobsPerState);
        inProgress = List.copyOf(inProgress);
        failedLastDay = List.copyOf(failedLastDay);
        Objects.requireNonNull(health, "health");
    }

    public static FarmSummary of(Collection<Job> jobs, List<Worker> workers, FarmHealth health, Instant now) {
        Map<JobState, Integer> perState = new EnumMap<>(JobState.class);
        jobs.forEach(job -> perState.merge(job.state(), 1, Integer::sum));
        List<Job> inProgress = jobs.stream()
                .filter(job -> job.state().isActive())
                .sorted(Comparator.comparing((Job job) -> job.state() != JobState.RENDERING)
                        .thenComparing(Comparator.comparingInt(Job::priority).reversed())
                        .thenComparing(job -> job.submittedAt().orElse(Instant.EPOCH)))
                .toList();
        Instant dayAgo = now.minus(Duration.ofDays(1));
        List<Job> failed = jobs.stream()
                .filter(job -> job.state() == JobState.FAILED)
                .filter(job -> job.startedAt().or(job::submittedAt).orElse(now).isAfter(dayAgo))
                .toList();
        int busy = (int) workers.stream().filter(w -> w.state().isBusy()).count();
        int down = (int) workers.stream().filter(w -> w.state().isDown()).count();
        return new FarmSummary(perState, inProgress, failed, busy, workers.size() - busy - down, down, health);
    }

    public int count(JobState state) {
        return jobsPerState.getOrDefault(state, 0);
    }
}
