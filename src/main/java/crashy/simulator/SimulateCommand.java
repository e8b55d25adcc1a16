package crashy.simulator;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code simulate}: serves a simulated farm on 127.0.0.1 until the process is stopped, so Crashy can be tried without
 * a render farm. See {@link SimulateOptions#USAGE} for the options.
 */
public final class SimulateCommand {
    private static final Duration TICK = Duration.ofMillis(200);

    private SimulateCommand() {}

    /**
     * Runs the command and blocks until interrupted or the JVM shuts down. Returns 0 after a clean stop, 1 if the
     * port cannot be bound, 2 for a bad argument. {@code args} may start with the word {@code simulate}.
     */
    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        List<String> arguments = Arrays.asList(args);
        if (!arguments.isEmpty() && arguments.get(0).equals("simulate")) {
            arguments = arguments.subList(1, arguments.size());
        }
        if (arguments.contains("--help") || arguments.contains("-h")) {
            out.println(SimulateOptions.USAGE);
            return 0;
        }
        SimulateOptions options;
        FarmScenario scenario;
        try {
            options = SimulateOptions.parse(arguments);
            scenario = options.scenario();
        } catch (IllegalArgumentException e) {
            err.println("simulate: " + e.getMessage());
            err.println(SimulateOptions.USAGE);
            return 2;
        }
        return serve(options, scenario, out, err);
    }

    private static int serve(SimulateOptions options, FarmScenario scenario, PrintStream out, PrintStream err) {
        SimulatedFarm farm = scenario.create(Instant.now(), options.output());
        SimulatorServer server;
        try {
            server = SimulatorServer.start(farm, options.serverOptions());
        } catch (UncheckedIOException e) {
            err.println("simulate: cannot listen on 127.0.0.1:" + options.port() + ": "
                    + e.getCause().getMessage());
            return 1;
        }
        FarmSimulation simulation = FarmSimulation.start(farm, options.speed(), TICK);
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> stop(simulation, server, stopped), "simulate-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("Simulated Deadline Web Service listening on " + server.baseUri() + " (" + scenario.describe()
                + ", speed " + options.speed() + (options.auth() == null ? "" : ", basic auth") + ")");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Runtime.getRuntime().removeShutdownHook(hook);
            stop(simulation, server, stopped);
        }
        return 0;
    }

    private static void stop(FarmSimulation simulation, SimulatorServer server, CountDownLatch stopped) {
        simulation.close();
        server.close();
        stopped.countDown();
    }
}
