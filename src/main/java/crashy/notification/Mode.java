package crashy.notification;

/**
 * A new DM (a phone buzzes), an edit of the one living progress DM of a job, or an amendment of a new DM already
 * sent (the crash summary a language model wrote after the failure DM went out).
 */
public enum Mode {
    NEW,
    LIVE,
    AMEND
}
