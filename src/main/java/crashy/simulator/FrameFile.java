package crashy.simulator;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A frame a finished task rendered, to be written to {@code path} once the farm's lock is released. */
record FrameFile(Path path, int frame) {
    private static final Pattern HASHES = Pattern.compile("#+");
    private static final Pattern PRINTF = Pattern.compile("%(0?\\d*)d");

    FrameFile {
        Objects.requireNonNull(path, "path");
    }

    /**
     * The file name of one frame: a run of {@code #} is the zero-padded frame number ({@code ####} → {@code 0042}),
     * as is a printf token ({@code %04d}).
     */
    static String name(String pattern, int frame) {
        Matcher hashes = HASHES.matcher(pattern);
        if (hashes.find()) {
            String padded = String.format("%0" + hashes.group().length() + "d", frame);
            return pattern.substring(0, hashes.start()) + padded + pattern.substring(hashes.end());
        }
        Matcher printf = PRINTF.matcher(pattern);
        if (printf.find()) {
            String padded = String.format("%" + printf.group(1) + "d", frame);
            return pattern.substring(0, printf.start()) + padded + pattern.substring(printf.end());
        }
        return pattern;
    }
}
