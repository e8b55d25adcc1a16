package crashy.message;

import crashy.job.JobId;
import java.util.Objects;

/**
 * The picture a message shows, named rather than drawn: which job and which of its frames. It is rendered only when
 * the message goes out, so a queued message stays small, a restart renders it anew, and the frame shown is the one on
 * disk at that moment.
 */
public record Picture(JobId job, Framing framing, int frame) {
    /** Which frames of the job the picture shows. */
    public enum Framing {
        /** The one frame numbered {@link #frame()}. */
        FRAME,
        /** The first frame rendered. */
        FIRST,
        /** The whole job as far as it rendered: its one frame, or a contact sheet of a sequence. */
        OVERVIEW
    }

    public Picture {
        Objects.requireNonNull(job, "job");
        Objects.requireNonNull(framing, "framing");
    }

    public static Picture frame(JobId job, int frame) {
        return new Picture(job, Framing.FRAME, frame);
    }

    public static Picture first(JobId job) {
        return new Picture(job, Framing.FIRST, 0);
    }

    public static Picture overview(JobId job) {
        return new Picture(job, Framing.OVERVIEW, 0);
    }
}
