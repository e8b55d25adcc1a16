package crashy.summary;

/** The kinds of render failure Crashy recognises without help; {@link #OTHER} for the rest. */
public enum CrashKind {
    DISK_FULL,
    GPU_OUT_OF_MEMORY,
    OUT_OF_MEMORY,
    LICENCE,
    MISSING_PLUGIN,
    MISSING_FILE,
    TIMEOUT,
    CRASH,
    OTHER
}
