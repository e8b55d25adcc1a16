package crashy.notification;

import crashy.notification.BurstLowerBound.Span;
import crashy.notification.BurstLowerBound.Term;
import crashy.notification.BurstPlan.BurstJob;
import crashy.subscription.ChatPlatform;
import crashy.testing.discord.BucketRule;
import crashy.testing.discord.RateLimits;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The burst benchmark's figures from what the fakes got: completion DMs lost (expected, never came), doubled (came
 * more than once) and unexpected (no such completion), the same for living messages, the latency from each completion
 * to its DM, and the time to the last DM beside the lower bound the platforms' limits allow.
 */
final class BurstFigures {
    private static final String FINISHED = "✅ Finished: ";
    private static final String LIVING_FINISHED = "✅ ";

    private final BurstPlan plan;
    private final Function<BurstPlan.Artist, String> chatOf;
    private final Map<ChatPlatform, BurstDms> dms;
    private final Times times;

    /**
     * When the burst began, when each job completed on the farm, and when Crashy turned each completion (by job
     * name) into a JobCompleted event.
     */
    record Times(Instant start, Map<BurstJob, Instant> completed, Map<String, Instant> detected) {}

    private BurstFigures(
            BurstPlan plan, Function<BurstPlan.Artist, String> chatOf, Map<ChatPlatform, BurstDms> dms, Times times) {
        this.plan = plan;
        this.chatOf = chatOf;
        this.dms = dms;
        this.times = times;
    }

    static BurstFigures of(
            BurstPlan plan, Function<BurstPlan.Artist, String> chatOf, Map<ChatPlatform, BurstDms> dms, Times times) {
        return new BurstFigures(plan, chatOf, dms, times);
    }

    /** How many completion DMs have not arrived yet. */
    static int missing(BurstPlan plan, Function<BurstPlan.Artist, String> chatOf, Map<ChatPlatform, BurstDms> dms) {
        BurstFigures figures = new BurstFigures(plan, chatOf, dms, new Times(Instant.EPOCH, Map.of(), Map.of()));
        return (int) plan.jobs().stream()
                .filter(job -> figures.arrivals(job).isEmpty())
                .count();
    }

    void print() {
        int lost = 0;
        int doubled = 0;
        double last = 0;
        for (BurstJob job : plan.jobs()) {
            List<Instant> arrivals = arrivals(job);
            lost += arrivals.isEmpty() ? 1 : 0;
            doubled += arrivals.size() > 1 ? 1 : 0;
            last = Math.max(
                    last,
                    firstArrival(job).map(at -> seconds(times.start(), at)).orElse(0.0));
        }
        Term bound = lowerBound();
        System.out.printf(
                "Lower bound for the last completion DM: %.2f s after the first completion (%s)%n",
                bound.seconds(), bound.what());
        System.out.printf(
                "Last completion DM: %.2f s after the first completion = %.3f x the lower bound (target <= 1.2)%n",
                last, last / bound.seconds());
        System.out.printf(
                "Completion DMs: %d expected, %d lost, %d doubled, %d unexpected%n",
                plan.jobs().size(), lost, doubled, unexpected());
        System.out.printf(
                "Living messages: %d doubled, %d not showing the end once the outbox was empty%n",
                livingDoubled(), livingStale());
        System.out.printf("Completion DMs with a picture: %s%n", pictures());
        printLatencies();
    }

    /** From each completion to its DM, on both platforms and each; and the part up to Crashy's JobCompleted event. */
    private void printLatencies() {
        Map<String, List<Double>> spans = new LinkedHashMap<>();
        for (BurstJob job : plan.jobs()) {
            Instant completed = times.completed().get(job);
            Optional<Instant> detected = Optional.ofNullable(times.detected().get(job.name()));
            String platform = job.owner().platform().name();
            detected.ifPresent(at -> add(spans, "completion -> JobCompleted event", seconds(completed, at)));
            firstArrival(job).ifPresent(dm -> {
                add(spans, "completion -> DM, both platforms", seconds(completed, dm));
                add(spans, "completion -> DM on " + platform, seconds(completed, dm));
                detected.ifPresent(at -> add(spans, "JobCompleted event -> DM on " + platform, seconds(at, dm)));
            });
        }
        spans.forEach(
                (what, values) -> System.out.printf("%-40s over %4d: %s%n", what, values.size(), percentiles(values)));
    }

    private static void add(Map<String, List<Double>> spans, String what, double seconds) {
        spans.computeIfAbsent(what, key -> new ArrayList<>()).add(seconds);
    }

    private Optional<Instant> firstArrival(BurstJob job) {
        return arrivals(job).stream().min(Instant::compareTo);
    }

    private List<Instant> arrivals(BurstJob job) {
        return dms.get(job.owner().platform())
                .arrivals(false)
                .getOrDefault(chatOf.apply(job.owner()), Map.of())
                .getOrDefault(FINISHED + job.name(), List.of());
    }

    /** How many completion DMs carried their picture, on each platform. */
    private String pictures() {
        List<String> counts = new ArrayList<>();
        dms.forEach((platform, sent) -> {
            List<BurstDms.Sent> completions = sent.sent().stream()
                    .filter(dm -> !dm.silent() && dm.title().startsWith(FINISHED))
                    .toList();
            long shown = completions.stream().filter(BurstDms.Sent::picture).count();
            counts.add(platform + " " + shown + " of " + completions.size());
        });
        Collections.sort(counts);
        return String.join(", ", counts);
    }

    private int unexpected() {
        Set<String> expected = new HashSet<>();
        plan.jobs().forEach(job -> expected.add(chatOf.apply(job.owner()) + "/" + FINISHED + job.name()));
        return (int) dms.values().stream()
                .flatMap(platform -> platform.sent().stream())
                .filter(dm -> !dm.silent())
                .filter(dm -> !expected.contains(dm.chat() + "/" + dm.title()))
                .count();
    }

    private int livingDoubled() {
        Map<String, Integer> perJob = new HashMap<>();
        dms.values().stream()
                .flatMap(platform -> platform.sent().stream())
                .filter(BurstDms.Sent::silent)
                .forEach(dm -> perJob.merge(dm.chat() + "/" + jobOf(dm.title()), 1, Integer::sum));
        return (int) perJob.values().stream().filter(count -> count > 1).count();
    }

    private int livingStale() {
        return (int) plan.jobs().stream()
                .filter(job -> !dms.get(job.owner().platform())
                        .shownTitles()
                        .getOrDefault(chatOf.apply(job.owner()), Set.of())
                        .contains(LIVING_FINISHED + job.name()))
                .count();
    }

    /** The bound over both platforms, each with the limits its fake enforces by default. */
    private Term lowerBound() {
        RateLimits discord = RateLimits.discordLike();
        BucketRule create = discord.buckets().stream()
                .filter(rule ->
                        rule.method().equals("POST") && rule.pathPattern().equals("channels/{channel_id}/messages"))
                .findFirst()
                .orElseThrow();
        crashy.testing.telegram.RateLimits telegram = crashy.testing.telegram.RateLimits.telegram();
        return BurstLowerBound.largest(List.of(
                platformBound(
                        ChatPlatform.DISCORD,
                        BurstLowerBound.fixedWindows(create.limit(), create.period()),
                        BurstLowerBound.fixedWindows(discord.globalPerSecond(), Duration.ofSeconds(1))),
                platformBound(
                        ChatPlatform.TELEGRAM,
                        BurstLowerBound.tokenBucket(telegram.perChatPerSecond(), telegram.perChatBurst()),
                        BurstLowerBound.slidingWindow(telegram.overallBurst(), Duration.ofNanos((long)
                                (telegram.overallBurst() / telegram.overallPerSecond() * 1e9))))));
    }

    private Term platformBound(ChatPlatform platform, Span perChat, Span overall) {
        Map<String, List<Double>> releases = new HashMap<>();
        plan.jobsOn(platform)
                .forEach(job -> releases.computeIfAbsent(chatOf.apply(job.owner()), chat -> new ArrayList<>())
                        .add(seconds(times.start(), times.completed().get(job))));
        return BurstLowerBound.platform(platform.name(), releases, perChat, overall);
    }

    private static String jobOf(String livingTitle) {
        return livingTitle.substring(livingTitle.indexOf(' ') + 1);
    }

    private static String percentiles(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return "none";
        }
        return String.format(
                "p50 %.2f s, p99 %.2f s, max %.2f s",
                sorted.get(sorted.size() / 2),
                sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(sorted.size() * 0.99) - 1)),
                sorted.get(sorted.size() - 1));
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toNanos() / 1e9;
    }
}
