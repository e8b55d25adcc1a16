package crashy.farm;

import crashy.farm.deadline.DeadlineFarmClient;
import crashy.farm.deadline.DeadlineProperties;
import crashy.farm.deadline.DeadlineTraffic;
import crashy.job.JobEventKind;
import crashy.simulator.FarmScenario;
import crashy.simulator.FarmSimulation;
import crashy.simulator.JobSpec;
import crashy.simulator.JobStatus;
import crashy.simulator.ServerOptions;
import crashy.simulator.SimulatedFarm;
import crashy.simulator.SimulatorServer;
import crashy.testing.BenchmarkOptions;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The farm-watching benchmark of docs/benchmarks.md: on the simulator at scale, the bytes and requests Crashy's tiered
 * polling costs per hour beside the original monitor's strategy and naive polling, the latency from a job completing
 * to the JobCompleted event, the heap per tracked job and the process RSS. Not a test: run it by hand (see the doc).
 */
public final class PollingBenchmark {
    private static final Duration ACTIVE = Duration.ofSeconds(3);

    public static void main(String[] args) throws Exception {
        BenchmarkOptions options = BenchmarkOptions.parse(args);
        int jobs = options.number("jobs", 10_000);
        int active = options.number("active", 300);
        int workers = options.number("workers", 60);
        double crashyMinutes = options.decimal("minutes", 10);
        double originalMinutes = options.decimal("original-minutes", 3);
        double naiveMinutes = options.decimal("naive-minutes", 1);
        String jar = options.text("jar", "target/crashy.jar");

        SimulatedFarm farm = FarmScenario.benchmark(jobs, active, workers, 1).create(Instant.now());
        Map<String, Long> completions = new ConcurrentHashMap<>();
        farm.addOutcomeListener(outcome -> {
            if (outcome.status() == JobStatus.COMPLETED) {
                completions.put(outcome.jobId(), outcome.nanoTime());
            }
        });
        try (SimulatorServer server = SimulatorServer.start(farm, ServerOptions.onPort(0));
                FarmSimulation simulation = FarmSimulation.start(farm, 1, Duration.ofMillis(100));
                QuickJobs quick = QuickJobs.start(farm)) {
            URI url = URI.create("http://127.0.0.1:" + server.port());
            System.out.printf("Farm: %d jobs, %d active, %d workers (%s)%n", farm.jobCount(), active, workers, url);
            long[] heapAndJobs = crashy(url, completions, crashyMinutes);
            long without = usedAfterGc();
            System.out.printf(
                    "Heap retained by the watcher per tracked job (board, tracker, interned strings): %d"
                            + " bytes over %d jobs%n",
                    (heapAndJobs[0] - without) / heapAndJobs[1], heapAndJobs[1]);
            long[] original = strategy(
                    url,
                    originalMinutes,
                    List.of(
                            new Poll("/api/jobs?States=Active", Duration.ofSeconds(3)),
                            new Poll("/api/jobs?States=Suspended,Completed,Failed,Pending", Duration.ofSeconds(60))));
            report("Original monitor (Active every 3 s, the rest every 60 s)", original, originalMinutes);
            long[] naive = strategy(url, naiveMinutes, List.of(new Poll("/api/jobs", ACTIVE)));
            report("Naive (every job every 3 s)", naive, naiveMinutes);
            if (Files.exists(Path.of(jar))) {
                rss(jar, options.text("java", "java"), options.text("aot-cache", ""), url);
            }
        }
    }

    /** Runs Crashy's poller; returns the heap used (after a collection) while it ran, and the jobs it tracked. */
    private static long[] crashy(URI url, Map<String, Long> completions, double minutes) throws Exception {
        DeadlineTraffic traffic = new DeadlineTraffic();
        DeadlineFarmClient client =
                new DeadlineFarmClient(DeadlineProperties.at(url).withTimeout(Duration.ofSeconds(60)), traffic);
        JdbcDataSource database = new JdbcDataSource();
        Path data = Files.createTempDirectory("crashy-bench");
        database.setURL("jdbc:h2:file:" + data.resolve("crashy"));
        org.flywaydb.core.Flyway.configure().dataSource(database).load().migrate();
        List<Long> latencies = new CopyOnWriteArrayList<>();
        JobBoard board = new JobBoard();
        JdbcJobStore store = new JdbcJobStore(database);
        EventDispatcher dispatcher = new EventDispatcher(store, event -> {
            RecordedJobEvent recorded = (RecordedJobEvent) event;
            if (recorded.event().kind() == JobEventKind.COMPLETED) {
                Long completedAt = completions.get(recorded.event().job().id().value());
                if (completedAt != null) {
                    latencies.add(System.nanoTime() - completedAt);
                }
            }
        });
        Clock clock = Clock.systemUTC();
        JobTracker tracker = new JobTracker(board, store, dispatcher, clock, PollProperties.defaults());
        FarmPoller poller = new FarmPoller(client, board, tracker, PollProperties.defaults(), clock);
        long syncStart = System.nanoTime();
        poller.start();
        while (board.size() == 0) {
            Thread.sleep(100);
        }
        System.out.printf(
                "Crashy: first sync of %d tracked jobs took %.1f s, %s in %d requests%n",
                board.size(),
                (System.nanoTime() - syncStart) / 1e9,
                mb(traffic.snapshot().total().bytes()),
                traffic.snapshot().total().requests());
        traffic.reset();
        latencies.clear();
        Thread.sleep((long) (minutes * 60_000));
        DeadlineTraffic.Snapshot steady = traffic.snapshot();
        report(
                "Crashy (tiered, steady state)",
                new long[] {steady.total().requests(), steady.total().bytes()},
                minutes);
        steady.byEndpoint().entrySet().stream()
                .sorted((a, b) ->
                        Long.compare(b.getValue().bytes(), a.getValue().bytes()))
                .forEach(e -> System.out.printf(
                        "    %-60s %8d requests %12s%n",
                        e.getKey(), e.getValue().requests(), mb(e.getValue().bytes())));
        latency(latencies);
        poller.stop();
        return new long[] {usedAfterGc(), board.size()};
    }

    private static void latency(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            System.out.println("Latency: no completions during the run");
            return;
        }
        System.out.printf(
                "Latency completion → JobCompleted over %d jobs: p50 %.2f s, p99 %.2f s, max %.2f s%n",
                sorted.size(),
                sorted.get(sorted.size() / 2) / 1e9,
                sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(sorted.size() * 0.99) - 1)) / 1e9,
                sorted.get(sorted.size() - 1) / 1e9);
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /**
     * Production-scale jobs run for hours, so short high-priority jobs (two 20-second frames, like a quick comp or a
     * preview render, on four workers of their own pool) are submitted every 20 s: their completions are what the
     * latency is measured on.
     */
    private static final class QuickJobs implements AutoCloseable {
        private final java.util.concurrent.ScheduledExecutorService timer =
                java.util.concurrent.Executors.newSingleThreadScheduledExecutor(task -> {
                    Thread thread = new Thread(task, "quick-jobs");
                    thread.setDaemon(true);
                    return thread;
                });

        static QuickJobs start(SimulatedFarm farm) {
            for (int i = 1; i <= 4; i++) {
                farm.addWorker("quick0" + i, List.of("quick"), List.of("quick"));
            }
            QuickJobs quick = new QuickJobs();
            java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
            quick.timer.scheduleAtFixedRate(
                    () -> farm.submit(JobSpec.named("quick_comp_" + count.incrementAndGet())
                            .withUser("artist" + (count.get() % 30))
                            .withPlugin("Nuke")
                            .withPoolAndGroup("quick", "quick")
                            .withTasks(2)
                            .withTaskDuration(Duration.ofSeconds(20))
                            .withPriority(95)),
                    5,
                    20,
                    java.util.concurrent.TimeUnit.SECONDS);
            return quick;
        }

        @Override
        public void close() {
            timer.shutdownNow();
        }
    }

    private record Poll(String path, Duration every) {}

    /** Runs a polling strategy with a plain HTTP client; returns {requests, body bytes}. */
    private static long[] strategy(URI url, double minutes, List<Poll> polls) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long end = System.nanoTime() + (long) (minutes * 60e9);
        long[] next = new long[polls.size()];
        long requests = 0;
        long bytes = 0;
        while (System.nanoTime() < end) {
            long now = System.nanoTime();
            for (int i = 0; i < polls.size(); i++) {
                if (now >= next[i]) {
                    HttpResponse<InputStream> response = http.send(
                            HttpRequest.newBuilder(url.resolve(polls.get(i).path()))
                                    .build(),
                            HttpResponse.BodyHandlers.ofInputStream());
                    try (InputStream body = response.body()) {
                        bytes += body.transferTo(java.io.OutputStream.nullOutputStream());
                    }
                    requests++;
                    next[i] = now + polls.get(i).every().toNanos();
                }
            }
            Thread.sleep(20);
        }
        return new long[] {requests, bytes};
    }

    private static void report(String name, long[] requestsAndBytes, double minutes) {
        double perHour = 60 / minutes;
        System.out.printf(
                "%-60s %10.0f requests/h %12s/h%n",
                name, requestsAndBytes[0] * perHour, mb((long) (requestsAndBytes[1] * perHour)));
    }

    /**
     * Starts the real jar against the farm as the Docker image runs it (its JVM options; the given Java and
     * ahead-of-time cache, if any), waits for it to settle, and reads its resident set size.
     */
    private static void rss(String jar, String java, String aotCache, URI url) throws Exception {
        Path data = Files.createTempDirectory("crashy-rss");
        List<String> command = new ArrayList<>(List.of(java, "@docker/jvm.options"));
        if (!aotCache.isEmpty()) {
            command.add("-XX:AOTCache=" + aotCache);
        }
        command.addAll(List.of("-jar", jar));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("CRASHY_DEADLINE_URL", url.toString());
        builder.environment().put("CRASHY_DATA_DIR", data.toString());
        builder.environment().put("MALLOC_ARENA_MAX", "2");
        Process process = builder.start();
        try (BufferedReader log =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = log.readLine(); line != null && !line.contains("Farm synced"); line = log.readLine()) {
                // wait for the first sync
            }
            Thread.sleep(120_000);
            String status = Files.readString(Path.of("/proc/" + process.pid() + "/status"));
            System.out.printf(
                    "Process (%s): %s, %s%n",
                    String.join(" ", command.subList(1, command.size() - 2)),
                    field(status, "VmRSS"),
                    field(status, "VmHWM"));
        } finally {
            process.destroy();
        }
    }

    private static String field(String status, String name) {
        return status.lines()
                .filter(line -> line.startsWith(name))
                .findFirst()
                .orElse(name + ": ?")
                .replaceAll("\\s+", " ");
    }

    private static String mb(long bytes) {
        return String.format("%.1f MB", bytes / 1e6);
    }

    private PollingBenchmark() {}
}
