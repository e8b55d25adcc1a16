package crashy.preview;

import crashy.job.Job;
import crashy.job.Task;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Previews of a job's frames: one frame, the first one rendered, or an overview (the only frame, or a contact sheet
 * of a sequence as far as it rendered). Frames are found from the job's tasks where the farm told them, else on disk,
 * and read only inside the allowed roots. Every problem becomes a {@link FramePreview.NotShown} with a reason.
 */
public final class JobPreviews {
    private static final Logger log = LoggerFactory.getLogger(JobPreviews.class);
    private static final int NAME_LENGTH = 40;

    private final FrameLocator locator;
    private final Previews previews;
    private final PictureSettings settings;

    public JobPreviews(FrameLocator locator, Previews previews, PictureSettings settings) {
        this.locator = locator;
        this.previews = previews;
        this.settings = settings;
    }

    /** Whether previews can be shown at all: some root is allowed. */
    public boolean isEnabled() {
        return locator.isEnabled();
    }

    /** The frame numbered {@code frame}; {@code tasks} may be empty when the farm did not say. */
    public FramePreview frame(Job job, List<Task> tasks, int frame) {
        if (!isEnabled()) {
            return off();
        }
        JobFrames frames = frames(job, tasks);
        if (!tasks.isEmpty() && !frames.all().contains(frame)) {
            return new FramePreview.NotShown("frame " + frame + " is not one of this job's frames" + span(frames));
        }
        return single(job, frame, frames);
    }

    /** The first frame that rendered. */
    public FramePreview first(Job job, List<Task> tasks) {
        return isEnabled() ? firstOnDisk(job, frames(job, tasks).rendered()) : off();
    }

    /** The last frame that rendered: what {@link #overview} shows at the cost of one frame instead of sixteen. */
    public FramePreview last(Job job, List<Task> tasks) {
        if (!isEnabled()) {
            return off();
        }
        List<Integer> rendered = new ArrayList<>(frames(job, tasks).rendered());
        Collections.reverse(rendered);
        return firstOnDisk(job, rendered);
    }

    private FramePreview firstOnDisk(Job job, List<Integer> frames) {
        for (int frame : frames) {
            Optional<Path> file = locator.frame(job, frame);
            if (file.isPresent()) {
                return shown(job, frame, file.get());
            }
        }
        return new FramePreview.NotShown("no frame is on disk yet");
    }

    /** The job as far as it rendered: its one frame, or a contact sheet of up to 16 frames of a sequence. */
    public FramePreview overview(Job job, List<Task> tasks) {
        if (!isEnabled()) {
            return off();
        }
        JobFrames frames = frames(job, tasks);
        List<Integer> range = frames.sheetRange();
        if (range.isEmpty()) {
            return new FramePreview.NotShown("no frame has rendered yet");
        }
        if (range.size() == 1) {
            return single(job, range.get(0), frames);
        }
        return sheet(job, frames, range);
    }

    private FramePreview single(Job job, int frame, JobFrames frames) {
        return locator.frame(job, frame)
                .map(file -> shown(job, frame, file))
                .orElseGet(() -> new FramePreview.NotShown("frame " + frame
                        + (frames.done().contains(frame) ? " is not on disk" : " is not on disk yet")));
    }

    private FramePreview shown(Job job, int frame, Path file) {
        try {
            byte[] jpeg = previews.jpeg(file, settings, Optional.empty());
            return new FramePreview.Shown(fileName(job, "frame-" + frame), jpeg, "frame " + frame);
        } catch (RuntimeException e) {
            log.info("No preview of {} frame {}: {}", job.id(), frame, e.getMessage());
            return new FramePreview.NotShown("frame " + frame + " cannot be read: " + reason(e));
        }
    }

    /** A contact sheet of up to 16 frames spread over {@code range}. */
    private FramePreview sheet(Job job, JobFrames frames, List<Integer> range) {
        List<Integer> picked = ContactSheet.pick(range, ContactSheet.MAX_CELLS);
        PictureSettings cell =
                settings.withWidth(Math.max(16, ContactSheet.cellWidth(picked.size(), settings.maxWidth())));
        List<SheetCell> cells = new ArrayList<>();
        int shown = 0;
        for (int frame : picked) {
            Optional<BufferedImage> picture =
                    frames.done().contains(frame) ? picture(job, frame, cell) : Optional.empty();
            if (picture.isPresent()) {
                shown++;
                cells.add(SheetCell.of(frame, picture.get()));
            } else {
                cells.add(SheetCell.missing(frame, frames.failed().contains(frame)));
            }
        }
        if (shown == 0) {
            return new FramePreview.NotShown("none of its frames is on disk" + span(frames));
        }
        byte[] jpeg = JpegEncoder.encode(ContactSheet.make(cells, settings.maxWidth()), settings.jpegQuality());
        String caption = "frames " + picked.get(0) + "–" + picked.get(picked.size() - 1)
                + (picked.size() < range.size() ? ", " + picked.size() + " of " + range.size() + " shown" : "");
        return new FramePreview.Shown(fileName(job, "sheet"), jpeg, caption);
    }

    private Optional<BufferedImage> picture(Job job, int frame, PictureSettings cell) {
        return locator.frame(job, frame).flatMap(file -> {
            try {
                return Optional.of(previews.picture(file, cell, Optional.empty()));
            } catch (RuntimeException e) {
                log.info("Frame {} of {} left out of a contact sheet: {}", frame, job.id(), e.getMessage());
                return Optional.empty();
            }
        });
    }

    private JobFrames frames(Job job, List<Task> tasks) {
        return tasks.isEmpty() ? JobFrames.onDisk(locator.framesOnDisk(job)) : JobFrames.of(tasks);
    }

    private static String span(JobFrames frames) {
        List<Integer> all = frames.all();
        return all.isEmpty() ? "" : " (" + all.get(0) + "–" + all.get(all.size() - 1) + ")";
    }

    private static String reason(RuntimeException e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static FramePreview off() {
        return new FramePreview.NotShown("previews are off on this farm (CRASHY_PREVIEW_ROOTS is not set)");
    }

    /** A file name people can keep: the job's name made safe, then what the picture shows. */
    static String fileName(Job job, String what) {
        String name = job.displayName().replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("^[._]+", "");
        if (name.length() > NAME_LENGTH) {
            name = name.substring(0, NAME_LENGTH);
        }
        return (name.isEmpty() ? "render" : name).toLowerCase(Locale.ROOT) + "-" + what + ".jpg";
    }
}
