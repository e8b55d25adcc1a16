package crashy.preview;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The frames of a Deadline frame list: {@code 1-100}, {@code 1-100x5} (every fifth), {@code 1,3,5-7},
 * {@code 10-1} (backwards), or a task's {@code 21-21}.
 */
public final class FrameRange {
    /** Beyond this the list is refused rather than expanded: no farm renders more frames in one job. */
    static final int MAX_FRAMES = 1_000_000;

    private FrameRange() {}

    /** The frames in ascending order, without repeats. */
    public static List<Integer> parse(String frames) {
        TreeSet<Integer> all = new TreeSet<>();
        for (String part : frames.split("[,\\s]+")) {
            if (!part.isBlank()) {
                addPart(all, part.strip());
            }
        }
        return new ArrayList<>(all);
    }

    private static void addPart(TreeSet<Integer> all, String part) {
        String[] stepped = part.split("[xX:]", 2);
        int step = stepped.length == 2 ? parseInt(stepped[1], part) : 1;
        if (step <= 0) {
            throw new IllegalArgumentException("a frame step must be positive: " + part);
        }
        int dash = stepped[0].indexOf('-', 1);
        int first = parseInt(dash < 0 ? stepped[0] : stepped[0].substring(0, dash), part);
        int last = dash < 0 ? first : parseInt(stepped[0].substring(dash + 1), part);
        int low = Math.min(first, last);
        int high = Math.max(first, last);
        if ((long) (high - low) / step + all.size() > MAX_FRAMES) {
            throw new IllegalArgumentException("too many frames: " + part);
        }
        for (long frame = low; frame <= high; frame += step) {
            all.add((int) frame);
        }
    }

    private static int parseInt(String text, String part) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a frame list: " + part);
        }
    }
}
