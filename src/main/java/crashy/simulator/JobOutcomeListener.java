package crashy.simulator;

/**
 * Told about every job of a {@link SimulatedFarm} that completes or fails. Called on the thread that advanced or
 * scripted the farm, right after the farm's lock is released; keep it quick.
 */
@FunctionalInterface
public interface JobOutcomeListener {
    void jobFinished(JobOutcome outcome);
}
