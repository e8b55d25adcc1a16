package crashy.preview;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file name with a frame-number token as Deadline jobs carry them: a run of {@code #} ({@code ####} pads to four
 * digits), printf style {@code %04d}, or Houdini's {@code $F4}; one {@code #} and {@code $F} mean no padding.
 */
public final class FramePattern {
    private static final Pattern TOKEN = Pattern.compile("(#+)|%(0?)(\\d*)d|\\$F(\\d?)");

    private FramePattern() {}

    /** The name with the frame number written in; a name without a token is returned as it is. */
    public static String frame(String pattern, int frame) {
        Matcher matcher = TOKEN.matcher(pattern);
        if (!matcher.find()) {
            return pattern;
        }
        int width = width(matcher);
        String number = frame < 0 ? "-" + pad(String.valueOf(-frame), width - 1) : pad(String.valueOf(frame), width);
        return pattern.substring(0, matcher.start()) + number + pattern.substring(matcher.end());
    }

    /**
     * Matches the names of the pattern's frames whatever their padding, the frame number in group 1; a name without
     * a token matches only itself, with no group 1 to speak of (it is then the empty string).
     */
    public static Pattern matcher(String pattern) {
        Matcher matcher = TOKEN.matcher(pattern);
        if (!matcher.find()) {
            return Pattern.compile(Pattern.quote(pattern) + "()");
        }
        return Pattern.compile(Pattern.quote(pattern.substring(0, matcher.start())) + "(-?\\d+)"
                + Pattern.quote(pattern.substring(matcher.end())));
    }

    public static boolean hasToken(String pattern) {
        return TOKEN.matcher(pattern).find();
    }

    private static int width(Matcher matcher) {
        if (matcher.group(1) != null) {
            int hashes = matcher.group(1).length();
            return hashes == 1 ? 0 : hashes;
        }
        if (matcher.group(3) != null) {
            return matcher.group(3).isEmpty() ? 0 : Integer.parseInt(matcher.group(3));
        }
        String houdini = matcher.group(4);
        return houdini == null || houdini.isEmpty() ? 0 : Integer.parseInt(houdini);
    }

    private static String pad(String digits, int width) {
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}
