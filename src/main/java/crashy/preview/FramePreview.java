package crashy.preview;

import java.util.Objects;

/** A preview of a job's frames, or why there is none: a frame not on disk yet, one that cannot be read. */
public sealed interface FramePreview {
    /** A JPEG to show, its file name, and a caption saying which frames it shows. */
    record Shown(String fileName, byte[] jpeg, String caption) implements FramePreview {
        public Shown {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(jpeg, "jpeg");
            Objects.requireNonNull(caption, "caption");
        }
    }

    /** No picture, and a short reason a person understands. */
    record NotShown(String why) implements FramePreview {
        public NotShown {
            Objects.requireNonNull(why, "why");
        }
    }
}
