package crashy.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import crashy.command.StatusText;
import crashy.farm.FarmClient;
import crashy.farm.FarmHealth;
import crashy.farm.FarmSummary;
import crashy.farm.FarmUnavailableException;
import crashy.farm.deadline.DeadlineFarmClient;
import crashy.farm.deadline.DeadlineProperties;
import crashy.job.Job;
import crashy.job.JobState;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code crashy status [--deadline-url URL] [--json]}: asks the farm once and prints the jobs per state, the jobs in
 * progress and the workers; exits 1 with one line when the farm is unreachable or refuses the credentials.
 */
final class StatusCommandLine {
    static final String USAGE = "usage: crashy status [--deadline-url URL] [--json]";

    private final Function<DeadlineProperties, FarmClient> clients;
    private final Clock clock;
    private final PrintStream out;
    private final PrintStream err;

    StatusCommandLine(Function<DeadlineProperties, FarmClient> clients, Clock clock, PrintStream out, PrintStream err) {
        this.clients = clients;
        this.clock = clock;
        this.out = out;
        this.err = err;
    }

    static int run(String[] args) {
        return new StatusCommandLine(DeadlineFarmClient::new, Clock.systemDefaultZone(), System.out, System.err)
                .run(args, System.getenv());
    }

    int run(String[] args, Map<String, String> environment) {
        boolean json = false;
        Optional<URI> url = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--json" -> json = true;
                case "--deadline-url" -> {
                    if (i + 1 >= args.length) {
                        return usage("--deadline-url needs a URL");
                    }
                    url = Optional.of(parseUrl(args[++i]));
                }
                default -> {
                    return usage("unknown argument " + args[i]);
                }
            }
        }
        try {
            Optional<DeadlineProperties> properties = settings(url, environment);
            if (properties.isEmpty()) {
                return usage("no farm given: set CRASHY_DEADLINE_URL or pass --deadline-url URL");
            }
            FarmSummary summary = ask(clients.apply(properties.get()));
            out.println(json ? json(summary) : StatusText.summary(summary, clock.instant()));
            return 0;
        } catch (FarmUnavailableException e) {
            err.println(e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
    }

    private static Optional<DeadlineProperties> settings(Optional<URI> url, Map<String, String> environment) {
        Optional<DeadlineProperties> fromEnvironment = DeadlineProperties.fromEnvironment(environment);
        if (url.isEmpty()) {
            return fromEnvironment;
        }
        DeadlineProperties given = DeadlineProperties.at(url.get());
        return Optional.of(fromEnvironment
                .map(env -> new DeadlineProperties(url.get(), env.user(), env.password(), env.timeout()))
                .orElse(given));
    }

    private FarmSummary ask(FarmClient farm) {
        List<Job> jobs = farm.allJobs();
        Instant now = clock.instant();
        return FarmSummary.of(jobs, farm.workers(), FarmHealth.NOT_YET_REACHED.reachedAt(now), now);
    }

    private static String json(FarmSummary summary) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ObjectNode states = root.putObject("jobs");
        for (JobState state : JobState.values()) {
            states.put(state.name().toLowerCase(java.util.Locale.ROOT), summary.count(state));
        }
        ArrayNode inProgress = root.putArray("inProgress");
        summary.inProgress().forEach(job -> describe(inProgress.addObject(), job));
        ArrayNode failed = root.putArray("failedLastDay");
        summary.failedLastDay().forEach(job -> describe(failed.addObject(), job));
        root.putObject("workers")
                .put("busy", summary.workersBusy())
                .put("idle", summary.workersIdle())
                .put("offline", summary.workersDown());
        return root.toPrettyString();
    }

    private static void describe(ObjectNode node, Job job) {
        node.put("id", job.id().value())
                .put("name", job.displayName())
                .put("user", job.user())
                .put("state", job.state().name().toLowerCase(java.util.Locale.ROOT))
                .put("tasksCompleted", job.tasks().completed())
                .put("tasksFailed", job.tasks().failed())
                .put("tasks", job.tasks().total())
                .put("errors", job.errors());
    }

    private static URI parseUrl(String text) {
        try {
            return URI.create(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--deadline-url is not a URL: " + text);
        }
    }

    private int usage(String problem) {
        err.println("crashy status: " + problem);
        err.println(USAGE);
        return 2;
    }
}
