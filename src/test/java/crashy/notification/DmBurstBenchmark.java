package crashy.notification;

import crashy.CrashyApplication;
import crashy.farm.JobBoard;
import crashy.farm.RecordedJobEvent;
import crashy.job.JobEventKind;
import crashy.notification.BurstPlan.Artist;
import crashy.notification.BurstPlan.BurstJob;
import crashy.simulator.FarmSimulation;
import crashy.simulator.JobSpec;
import crashy.simulator.ServerOptions;
import crashy.simulator.SimulatedFarm;
import crashy.simulator.SimulatorServer;
import crashy.subscription.ChatPlatform;
import crashy.subscription.ChatUserId;
import crashy.subscription.SubscriptionService;
import crashy.subscription.Trust;
import crashy.testing.BenchmarkOptions;
import crashy.testing.discord.DiscordWorld;
import crashy.testing.discord.FakeDiscord;
import crashy.testing.discord.FakeUser;
import crashy.testing.telegram.FakeTelegram;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;

/**
 * The end-of-night DM burst of docs/benchmarks.md: a thousand jobs of three hundred artists complete within a minute
 * on the simulated farm, and all of Crashy (its real poller at the default intervals, its outbox on disk, the real
 * JDA and telegrambots) tells the artists, half on a fake Discord and half on a fake Telegram, both enforcing their
 * platform's rate limits. Reports the time to the last completion DM against the lower bound the limits allow, lost
 * and doubled DMs, and the latency from a completion to its DM; with {@code --frame FILE}, the jobs' frames are that
 * render and it counts the DMs that carried their picture. Not a test: run it by hand (see the doc).
 */
public final class DmBurstBenchmark {
    private static final String TELEGRAM_TOKEN = "123456:AAE-dm-burst";
    private static final long FIRST_TELEGRAM_USER = 700_000;
    private static final Duration SETUP_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration SETTLE = Duration.ofSeconds(11);

    public static void main(String[] args) throws Exception {
        BenchmarkOptions options = BenchmarkOptions.parse(args);
        long seed = options.number("seed", 1);
        int artists = options.number("artists", 300);
        int jobs = options.number("jobs", 1000);
        Duration window = Duration.ofMillis((long) (options.decimal("window", 60) * 1000));
        BurstPlan plan = BurstPlan.create(seed, artists, jobs, window);
        Optional<BurstFrames> frames = options.text("frame", "none").equals("none")
                ? Optional.empty()
                : Optional.of(BurstFrames.copiesOf(Path.of(options.text("frame", "none"))));
        System.out.printf(
                "Burst: %d jobs of %d artists (%d on Discord with %d jobs, %d on Telegram with %d jobs; the busiest"
                        + " owns %d), completing within %.0f s%n",
                jobs,
                artists,
                plan.artistsOn(ChatPlatform.DISCORD),
                plan.jobsOn(ChatPlatform.DISCORD).size(),
                plan.artistsOn(ChatPlatform.TELEGRAM),
                plan.jobsOn(ChatPlatform.TELEGRAM).size(),
                plan.mostJobsOfOneArtist(),
                window.toMillis() / 1000.0);
        SimulatedFarm farm = new SimulatedFarm(
                seed, Instant.now(), frames.map(BurstFrames::folder).orElse(null));
        Map<BurstJob, String> ids = new LinkedHashMap<>();
        plan.jobs()
                .forEach(job -> ids.put(
                        job,
                        farm.submit(JobSpec.named(job.name())
                                .withUser(job.owner().deadlineUser())
                                .withTasks(2)
                                .withTaskDuration(Duration.ofHours(1))
                                .withOutput(BurstFrames.directory(job), BurstFrames.FILE))));
        try (SimulatorServer server = SimulatorServer.start(farm, ServerOptions.onPort(0));
                FarmSimulation simulation = FarmSimulation.start(farm, 1, Duration.ofMillis(100));
                FakeDiscord discord = FakeDiscord.builder().artists(artists).start();
                FakeTelegram telegram = FakeTelegram.start(TELEGRAM_TOKEN)) {
            BurstRun run = new BurstRun(plan, farm, ids, discord, telegram, frames);
            try (ConfigurableApplicationContext crashy = startCrashy(server, discord, telegram, frames)) {
                run.prepare(crashy);
                run.burst();
                run.awaitDms(crashy.getBean(Outbox.class));
            }
            run.report();
        } finally {
            if (frames.isPresent()) {
                frames.get().delete();
            }
        }
    }

    /** Everything one run needs to set up the farm, burst it and read what the fakes got. */
    private static final class BurstRun {
        private final BurstPlan plan;
        private final SimulatedFarm farm;
        private final Map<BurstJob, String> ids;
        private final FakeDiscord discord;
        private final FakeTelegram telegram;
        private final Optional<BurstFrames> frames;
        private final Map<BurstJob, Instant> completedAt = new ConcurrentHashMap<>();
        private final Map<String, Instant> detectedAt = new ConcurrentHashMap<>();
        private Instant start = Instant.EPOCH;
        private int opensBefore;
        private int discordRefusedBefore;
        private int telegramRefusedBefore;

        BurstRun(
                BurstPlan plan,
                SimulatedFarm farm,
                Map<BurstJob, String> ids,
                FakeDiscord discord,
                FakeTelegram telegram,
                Optional<BurstFrames> frames) {
            this.plan = plan;
            this.farm = farm;
            this.ids = ids;
            this.discord = discord;
            this.telegram = telegram;
            this.frames = frames;
        }

        /** Links every artist, lets every job start (each gets its living message), and waits until all is quiet. */
        void prepare(ConfigurableApplicationContext crashy) throws InterruptedException {
            crashy.addApplicationListener(event -> {
                if (event instanceof PayloadApplicationEvent<?> payload
                        && payload.getPayload() instanceof RecordedJobEvent recorded
                        && recorded.event().kind() == JobEventKind.COMPLETED) {
                    detectedAt.putIfAbsent(recorded.event().job().name(), Instant.now());
                }
            });
            JobBoard board = crashy.getBean(JobBoard.class);
            await("Crashy to know every job", () -> board.size() >= plan.jobs().size());
            discord.awaitCall("PUT", "applications/{app}/commands", SETUP_TIMEOUT);
            await("the Telegram bot to listen", () -> !telegram.commands().isEmpty());
            SubscriptionService subscriptions = crashy.getBean(SubscriptionService.class);
            for (Artist artist : plan.artists()) {
                subscriptions.link(
                        subscriptions.user(chatUserOf(artist), artist.deadlineUser()),
                        artist.deadlineUser(),
                        Trust.ADMIN,
                        false);
            }
            for (BurstJob job : plan.jobs()) {
                farm.completeTask(ids.get(job), 0);
                frames.ifPresent(realistic -> realistic.replace(job));
            }
            Outbox outbox = crashy.getBean(Outbox.class);
            long started = System.nanoTime();
            await(
                    "a living message for every job",
                    () -> livingMessages() >= plan.jobs().size() && outbox.pendingCount() == 0);
            System.out.printf(
                    "Setup: every job rendering with its living message after %.1f s%n",
                    (System.nanoTime() - started) / 1e9);
            Thread.sleep(SETTLE.toMillis());
        }

        /** Completes the last task of each job at its time in the plan. */
        void burst() throws InterruptedException {
            opensBefore = opens();
            discordRefusedBefore = discord.tooManyRequestsCount();
            telegramRefusedBefore = telegram.tooManyRequestsAnswered();
            long origin = System.nanoTime();
            start = Instant.now();
            for (BurstJob job : plan.jobs()) {
                long wait = origin + job.completesAfter().toNanos() - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                farm.completeTask(ids.get(job), 1);
                completedAt.put(job, Instant.now());
                frames.ifPresent(realistic -> realistic.replace(job));
            }
        }

        /** Waits for every completion DM, then for the outbox to empty, then a little longer for any double. */
        void awaitDms(Outbox outbox) throws InterruptedException {
            await("every completion DM", () -> BurstFigures.missing(plan, this::chatOf, dms()) == 0);
            await("an empty outbox", () -> outbox.pendingCount() == 0);
            Thread.sleep(Duration.ofSeconds(5).toMillis());
        }

        void report() {
            BurstFigures figures =
                    BurstFigures.of(plan, this::chatOf, dms(), new BurstFigures.Times(start, completedAt, detectedAt));
            figures.print();
            System.out.printf(
                    "During the burst: %d DM channels opened on Discord; 429 answers: Discord %d, Telegram %d%n",
                    opens() - opensBefore,
                    discord.tooManyRequestsCount() - discordRefusedBefore,
                    telegram.tooManyRequestsAnswered() - telegramRefusedBefore);
        }

        private Map<ChatPlatform, BurstDms> dms() {
            return Map.of(
                    ChatPlatform.DISCORD,
                    BurstDms.discord(discord, discordArtists()),
                    ChatPlatform.TELEGRAM,
                    BurstDms.telegram(
                            telegram,
                            plan.artists().stream()
                                    .filter(artist -> artist.platform() == ChatPlatform.TELEGRAM)
                                    .map(artist -> Long.parseLong(chatOf(artist)))
                                    .toList()));
        }

        private long livingMessages() {
            return dms().values().stream()
                    .flatMap(dms -> dms.sent().stream())
                    .filter(BurstDms.Sent::silent)
                    .count();
        }

        private List<FakeUser> discordArtists() {
            return plan.artists().stream()
                    .filter(artist -> artist.platform() == ChatPlatform.DISCORD)
                    .map(artist -> discord.world().artists().get(artist.number() - 1))
                    .toList();
        }

        private ChatUserId chatUserOf(Artist artist) {
            return new ChatUserId(artist.platform(), chatOf(artist));
        }

        /** The artist's id on their platform: a fake Discord artist's id, or a Telegram user id. */
        private String chatOf(Artist artist) {
            return artist.platform() == ChatPlatform.DISCORD
                    ? discord.world().artists().get(artist.number() - 1).id()
                    : Long.toString(FIRST_TELEGRAM_USER + artist.number());
        }

        private int opens() {
            return (int) discord.calls().stream()
                    .filter(call -> call.is("POST", "users/@me/channels"))
                    .count();
        }
    }

    private static ConfigurableApplicationContext startCrashy(
            SimulatorServer server, FakeDiscord discord, FakeTelegram telegram, Optional<BurstFrames> frames)
            throws Exception {
        // As command-line settings, which win over application.yml (default properties would not).
        return new SpringApplicationBuilder(CrashyApplication.class)
                .run(
                        "--crashy.preview.roots="
                                + frames.map(BurstFrames::folder)
                                        .map(Path::toString)
                                        .orElse(""),
                        "--crashy.data-dir=" + Files.createTempDirectory("crashy-burst"),
                        "--crashy.deadline.url=http://127.0.0.1:" + server.port(),
                        "--crashy.discord.token=fake-token",
                        "--crashy.discord.api-url=" + discord.restBaseUrl(),
                        "--crashy.discord.gateway-url=" + discord.gatewayUrl(),
                        "--crashy.discord.guilds=" + DiscordWorld.GUILD_ID,
                        "--crashy.telegram.token=" + TELEGRAM_TOKEN,
                        "--crashy.telegram.api-url=" + telegram.url(),
                        "--logging.level.crashy=WARN");
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + SETUP_TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Gave up waiting for " + what);
            }
            Thread.sleep(100);
        }
    }

    private DmBurstBenchmark() {}
}
