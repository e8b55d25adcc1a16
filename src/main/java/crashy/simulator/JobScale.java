package crashy.simulator;

/** How big the jobs are that a simulated farm makes up on its own. */
public enum JobScale {
    /** Short frames and short frame ranges, so a job starts and ends within minutes: for the demo. */
    DEMO,
    /** Frames of minutes to an hour and ranges of up to a few hundred frames, as on a studio farm. */
    PRODUCTION
}
