package crashy.simulator;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Dates and durations written the way the Deadline Web Service writes them: ISO-8601 with an offset and only as
 * many fraction digits as needed ({@code 2021-05-26T18:35:51.53+00:00}), {@code 0001-01-01T00:00:00Z} for "never",
 * and .NET TimeSpans.
 */
final class DeadlineDates {
    static final String UNSET = "0001-01-01T00:00:00Z";
    /** .NET's TimeSpan.MinValue, which Deadline writes for schedule times that are not set. */
    static final String UNSET_TIME_SPAN = "-10675199.02:48:05.4775808";

    private static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter LOG =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MONITOR =
            DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private DeadlineDates() {}

    static String iso(long epochMillis) {
        if (epochMillis == SimJob.UNSET) {
            return UNSET;
        }
        Instant instant = Instant.ofEpochMilli(epochMillis);
        int millis = (int) Math.floorMod(epochMillis, 1000L);
        String fraction = millis == 0 ? "" : ("." + String.format("%03d", millis)).replaceAll("0+$", "");
        return SECONDS.format(instant) + fraction + "+00:00";
    }

    /** The time stamp of a worker log line, e.g. {@code 2025-11-19 13:52:24}. */
    static String log(long epochMillis) {
        return LOG.format(Instant.ofEpochMilli(epochMillis));
    }

    /** A date as the Monitor shows it in job details, e.g. {@code 2025/11/19 13:52:24}. */
    static String monitor(long epochMillis) {
        return epochMillis == SimJob.UNSET ? "" : MONITOR.format(Instant.ofEpochMilli(epochMillis));
    }

    /** A duration as {@code days:hours:minutes:seconds}, as job details write render times. */
    static String daysHoursMinutesSeconds(long millis) {
        long seconds = Math.max(0, millis / 1000);
        return String.format(
                "%d:%02d:%02d:%02d", seconds / 86_400, seconds / 3600 % 24, seconds / 60 % 60, seconds % 60);
    }
}
