package crashy.notification;

import crashy.subscription.ChatPlatform;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Who owns which of the burst's jobs, on which platform each artist reads their DMs, and when each job completes:
 * every artist owns at least one job, the rest go to artists by a Zipf-like weight (exponent 0.5, so the busiest owns
 * about twenty), artists alternate between Discord and Telegram, and completion times are uniformly random within
 * the window. The same seed gives the same plan.
 */
record BurstPlan(List<Artist> artists, List<BurstJob> jobs, Duration window) {
    private static final double ZIPF_EXPONENT = 0.5;

    BurstPlan {
        artists = List.copyOf(artists);
        jobs = List.copyOf(jobs);
    }

    /** An artist: their Deadline user name, their platform, and their number among that platform's artists (1-based). */
    record Artist(String deadlineUser, ChatPlatform platform, int number) {}

    /** A job of the burst: its name, its owner, and how long after the burst starts it completes. */
    record BurstJob(String name, Artist owner, Duration completesAfter) {}

    static BurstPlan create(long seed, int artistCount, int jobCount, Duration window) {
        if (jobCount < artistCount) {
            throw new IllegalArgumentException("every artist owns a job: " + jobCount + " < " + artistCount);
        }
        Random random = new Random(seed);
        List<Artist> artists = new ArrayList<>();
        int[] perPlatform = new int[ChatPlatform.values().length];
        for (int i = 0; i < artistCount; i++) {
            ChatPlatform platform = i % 2 == 0 ? ChatPlatform.DISCORD : ChatPlatform.TELEGRAM;
            String user = String.format(Locale.ROOT, "artist%03d", i + 1);
            artists.add(new Artist(user, platform, ++perPlatform[platform.ordinal()]));
        }
        List<Artist> owners = new ArrayList<>(artists);
        List<Artist> byBusyness = new ArrayList<>(artists);
        Collections.shuffle(byBusyness, random);
        double[] cumulative = zipfCumulative(artistCount);
        while (owners.size() < jobCount) {
            owners.add(byBusyness.get(pick(cumulative, random.nextDouble())));
        }
        Collections.shuffle(owners, random);
        List<BurstJob> jobs = new ArrayList<>();
        for (int i = 0; i < jobCount; i++) {
            Duration after = Duration.ofNanos((long) (random.nextDouble() * window.toNanos()));
            jobs.add(new BurstJob(String.format(Locale.ROOT, "burst-%04d", i + 1), owners.get(i), after));
        }
        jobs.sort(Comparator.comparing(BurstJob::completesAfter));
        return new BurstPlan(artists, jobs, window);
    }

    List<BurstJob> jobsOn(ChatPlatform platform) {
        return jobs.stream().filter(job -> job.owner().platform() == platform).toList();
    }

    long artistsOn(ChatPlatform platform) {
        return artists.stream().filter(artist -> artist.platform() == platform).count();
    }

    int mostJobsOfOneArtist() {
        return artists.stream()
                .mapToInt(artist -> (int)
                        jobs.stream().filter(job -> job.owner().equals(artist)).count())
                .max()
                .orElse(0);
    }

    private static double[] zipfCumulative(int count) {
        double[] cumulative = new double[count];
        double sum = 0;
        for (int rank = 1; rank <= count; rank++) {
            sum += 1 / Math.pow(rank, ZIPF_EXPONENT);
            cumulative[rank - 1] = sum;
        }
        for (int i = 0; i < count; i++) {
            cumulative[i] /= sum;
        }
        return cumulative;
    }

    private static int pick(double[] cumulative, double uniform) {
        for (int i = 0; i < cumulative.length; i++) {
            if (uniform < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }
}
