package crashy.message;

import crashy.job.JobState;

/** The mood of a message, shown as the colour of a Discord embed and an emoji elsewhere. */
public enum Tone {
    NEUTRAL,
    PROGRESS,
    SUCCESS,
    WARNING,
    FAILURE;

    public static Tone of(JobState state) {
        return switch (state) {
            case RENDERING, QUEUED -> PROGRESS;
            case COMPLETED -> SUCCESS;
            case FAILED -> FAILURE;
            case SUSPENDED, PENDING -> WARNING;
            case UNKNOWN -> NEUTRAL;
        };
    }

    /** The colour as 0xRRGGBB: grey, blue, green, amber, red. */
    public int rgb() {
        return switch (this) {
            case NEUTRAL -> 0x95A5A6;
            case PROGRESS -> 0x3498DB;
            case SUCCESS -> 0x2ECC71;
            case WARNING -> 0xF39C12;
            case FAILURE -> 0xE74C3C;
        };
    }
}
