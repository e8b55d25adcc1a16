package crashy.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * How often random things happen on a simulated farm, per hour of farm time, and how big new jobs are. Each kind of
 * activity is a Poisson process drawn from the farm's seed, so a run stays deterministic.
 */
public record ActivityRates(
        double submissionsPerHour,
        double suspensionsPerHour,
        double resumesPerHour,
        double requeuesPerHour,
        double deletionsPerHour,
        double outagesPerHour,
        Duration typicalOutage,
        JobScale newJobs) {

    public ActivityRates {
        Objects.requireNonNull(typicalOutage, "typicalOutage");
        Objects.requireNonNull(newJobs, "newJobs");
        if (submissionsPerHour < 0
                || suspensionsPerHour < 0
                || resumesPerHour < 0
                || requeuesPerHour < 0
                || deletionsPerHour < 0
                || outagesPerHour < 0) {
            throw new IllegalArgumentException("rates cannot be negative");
        }
    }

    /** Nothing happens unless a test makes it happen. */
    public static ActivityRates none() {
        return new ActivityRates(0, 0, 0, 0, 0, 0, Duration.ofMinutes(5), JobScale.PRODUCTION);
    }
}
