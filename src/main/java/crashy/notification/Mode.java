package crashy.notification;

/** A new DM (a phone buzzes), or an edit of the one living progress DM of a job. */
public enum Mode {
    NEW,
    LIVE
}
