package crashy.simulator;

/**
 * The kinds of render error the simulator writes reports for; each renderer has its own wording for them (see
 * {@code ErrorCatalogue}).
 */
public enum ErrorKind {
    MISSING_FILE,
    LICENSE,
    OUT_OF_MEMORY,
    NOT_FOUND,
    CRASH,
    TIMEOUT,
    DISK_FULL
}
