package crashy.message;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A point in time inside message text, as a token that each platform renders its own way: Discord shows a relative
 * timestamp in the reader's time zone, others print the time and how long ago or until it is.
 */
public final class Moment {
    private static final Pattern TOKEN = Pattern.compile("⟦t:(-?\\d+)⟧");
    private static final DateTimeFormatter CLOCK =
            DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault());

    private Moment() {}

    /** The token for this moment, to put in any text of a {@link ChatMessage}. */
    public static String of(Instant moment) {
        return "⟦t:" + moment.getEpochSecond() + "⟧";
    }

    /** The text with every token replaced by what {@code render} makes of its moment. */
    public static String replaced(String text, Function<Instant, String> render) {
        Matcher matcher = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            Instant moment = Instant.ofEpochSecond(Long.parseLong(matcher.group(1)));
            matcher.appendReplacement(out, Matcher.quoteReplacement(render.apply(moment)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** The text with moments written as {@code 21:04 (3m ago)} or {@code 23:10 (in 2h 6m)}. */
    public static String written(String text, Instant now) {
        return replaced(text, moment -> CLOCK.format(moment) + " (" + relative(moment, now) + ")");
    }

    /** {@code 3m ago} or {@code in 2h 6m}. */
    public static String relative(Instant moment, Instant now) {
        Duration between = Duration.between(moment, now);
        return between.isNegative() ? "in " + span(between.negated()) : span(between) + " ago";
    }

    /** A short duration for people: {@code 45s}, {@code 12m}, {@code 3h 5m}, {@code 2d 4h}. */
    public static String span(Duration duration) {
        Duration d = duration.isNegative() ? Duration.ZERO : duration;
        if (d.toMinutes() < 1) {
            return d.toSeconds() + "s";
        }
        if (d.toHours() < 1) {
            return d.toMinutes() + "m";
        }
        if (d.toDays() < 1) {
            return d.toHours() + "h " + d.toMinutesPart() + "m";
        }
        return d.toDays() + "d " + d.toHoursPart() + "h";
    }
}
