package crashy.simulator;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The options of {@code simulate}, read from the command line. Without {@code --jobs}, {@code --active} or
 * {@code --workers} the demo farm is served; with any of them a benchmark farm of that size.
 */
record SimulateOptions(
        int port,
        OptionalInt jobs,
        OptionalInt active,
        OptionalInt workers,
        long seed,
        double speed,
        ServerOptions.@Nullable Credentials auth,
        @Nullable Path output) {

    static final String USAGE = "usage: simulate [--port 8081] [--jobs N] [--active N] [--workers N] [--seed S]"
            + " [--speed X] [--auth user:password] [--output DIR]";
    private static final List<String> NAMES =
            List.of("port", "jobs", "active", "workers", "seed", "speed", "auth", "output");

    /** @throws IllegalArgumentException with a message naming the bad argument */
    static SimulateOptions parse(List<String> args) {
        Map<String, String> given = new HashMap<>();
        for (int index = 0; index < args.size(); index++) {
            String arg = args.get(index);
            if (!arg.startsWith("--") || !NAMES.contains(name(arg))) {
                throw new IllegalArgumentException("unknown argument '" + arg + "'");
            }
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (index + 1 < args.size()) {
                value = args.get(++index);
            } else {
                throw new IllegalArgumentException("missing value for " + arg);
            }
            given.put(name(arg), value);
        }
        return new SimulateOptions(
                number(given, "port", 8081, 0, 65_535),
                optional(given, "jobs", 1),
                optional(given, "active", 0),
                optional(given, "workers", 1),
                seed(given),
                speed(given),
                auth(given),
                given.containsKey("output") ? Path.of(given.get("output")) : null);
    }

    private static String name(String arg) {
        int equals = arg.indexOf('=');
        return arg.substring(2, equals < 0 ? arg.length() : equals);
    }

    private static int number(Map<String, String> given, String name, int fallback, int min, int max) {
        String text = given.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value < min || value > max) {
                throw new IllegalArgumentException("--" + name + " must be " + min + "-" + max + ", not " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a whole number, not '" + text + "'");
        }
    }

    private static OptionalInt optional(Map<String, String> given, String name, int min) {
        return given.containsKey(name) ? OptionalInt.of(number(given, name, 0, min, 10_000_000)) : OptionalInt.empty();
    }

    private static long seed(Map<String, String> given) {
        try {
            return Long.parseLong(given.getOrDefault("seed", "1").trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--seed must be a whole number, not '" + given.get("seed") + "'");
        }
    }

    private static double speed(Map<String, String> given) {
        String text = given.getOrDefault("speed", "1");
        try {
            double speed = Double.parseDouble(text.trim());
            if (!(speed > 0) || Double.isInfinite(speed)) {
                throw new NumberFormatException();
            }
            return speed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--speed must be a positive number, not '" + text + "'");
        }
    }

    private static ServerOptions.@Nullable Credentials auth(Map<String, String> given) {
        String text = given.get("auth");
        if (text == null) {
            return null;
        }
        try {
            return ServerOptions.Credentials.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--auth must be user:password");
        }
    }

    /** The demo, or a benchmark farm when a size is given; defaults: 10,000 jobs, 3% active up to 300. */
    FarmScenario scenario() {
        if (jobs.isEmpty() && active.isEmpty() && workers.isEmpty()) {
            return FarmScenario.demo(seed);
        }
        int jobCount = jobs.orElse(10_000);
        int activeCount = active.orElse(Math.max(1, Math.min(300, jobCount * 3 / 100)));
        if (activeCount > jobCount) {
            throw new IllegalArgumentException("--active " + activeCount + " is more than --jobs " + jobCount);
        }
        return FarmScenario.benchmark(jobCount, activeCount, workers.orElse(Math.max(8, activeCount / 3)), seed);
    }

    ServerOptions serverOptions() {
        return new ServerOptions(port, auth, false);
    }
}
