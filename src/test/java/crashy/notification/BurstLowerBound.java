package crashy.notification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;

/**
 * The earliest moment the last DM of a burst could arrive, whatever the bot did, given when each job completed and
 * the limits the chat platforms enforce. For a group of messages sharing one limit (a chat, or a platform's overall
 * limit), the messages released at or after time t must all go out after t, so the last one cannot arrive before
 * t plus the least time the limit lets that many messages span; the bound is the largest such value over every t,
 * group and platform (which includes the last completion itself, as any one message spans no time).
 */
final class BurstLowerBound {
    private BurstLowerBound() {}

    /** The least time, in seconds, from the first to the last of n messages under a limit. */
    interface Span extends IntToDoubleFunction {}

    /**
     * A token bucket: at most {@code burst + perSecond * L} messages in any stretch of L seconds, so n messages span
     * at least {@code (n - burst) / perSecond}.
     */
    static Span tokenBucket(double perSecond, int burst) {
        return n -> Math.max(0, (n - burst) / perSecond);
    }

    /**
     * A sliding window: at most {@code limit} messages in any stretch of {@code window}, so n messages span at least
     * {@code window * (ceil(n / limit) - 1)}.
     */
    static Span slidingWindow(int limit, Duration window) {
        double seconds = window.toNanos() / 1e9;
        return n -> Math.max(0, seconds * (Math.ceil((double) n / limit) - 1));
    }

    /**
     * Fixed windows of {@code limit} calls per {@code period}, each opened by the first call after the last closed
     * (Discord's buckets): a stretch of L seconds meets at most {@code floor(L / period) + 2} windows, so n messages
     * span at least {@code period * (ceil(n / limit) - 2)}.
     */
    static Span fixedWindows(int limit, Duration period) {
        double seconds = period.toNanos() / 1e9;
        return n -> Math.max(0, seconds * (Math.ceil((double) n / limit) - 2));
    }

    /** A binding term of the bound: which limit on which messages, and the time it gives. */
    record Term(String what, double seconds) {}

    /** The bound for one group of messages released at these times (seconds after the burst began). */
    static Term group(String what, List<Double> releases, Span span) {
        List<Double> sorted = new ArrayList<>(releases);
        Collections.sort(sorted);
        double bound = 0;
        for (int k = 0; k < sorted.size(); k++) {
            bound = Math.max(bound, sorted.get(k) + span.applyAsDouble(sorted.size() - k));
        }
        return new Term(what, bound);
    }

    /** The largest of the groups' bounds: every message of a chat also counts towards its platform's overall limit. */
    static Term platform(String name, Map<String, List<Double>> releasesByChat, Span perChat, Span overall) {
        List<Double> all = new ArrayList<>();
        releasesByChat.values().forEach(all::addAll);
        List<Term> terms = new ArrayList<>();
        terms.add(new Term(
                name + " last completion",
                all.stream().mapToDouble(Double::doubleValue).max().orElse(0)));
        terms.add(group(name + " overall limit", all, overall));
        releasesByChat.forEach(
                (chat, releases) -> terms.add(group(name + " limit of chat " + chat, releases, perChat)));
        return largest(terms);
    }

    /** The largest term; the first of equal ones. */
    static Term largest(List<Term> terms) {
        return terms.stream().max(Comparator.comparingDouble(Term::seconds)).orElse(new Term("nothing", 0));
    }
}
