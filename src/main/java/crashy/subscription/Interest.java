package crashy.subscription;

/** What a user chose about one job, overriding the default (own jobs followed, others not). */
public enum Interest {
    /** DMs about this job as for one's own. */
    FOLLOW,
    /** Only how it ends: no progress, no errors. */
    MUTED,
    /** Nothing at all about this job. */
    IGNORE
}
