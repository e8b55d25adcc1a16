package crashy.simulator;

import java.time.Duration;
import java.time.Instant;

/**
 * The demo's farm: the {@link FarmScenario#demo() demo scenario} served on a free loopback port and run in real time,
 * for as long as the process lives.
 */
public final class DemoFarm implements AutoCloseable {
    private final SimulatorServer server;
    private final FarmSimulation simulation;

    private DemoFarm(SimulatorServer server, FarmSimulation simulation) {
        this.server = server;
        this.simulation = simulation;
    }

    public static DemoFarm start() {
        SimulatedFarm farm = FarmScenario.demo().create(Instant.now());
        SimulatorServer server = SimulatorServer.start(farm, ServerOptions.onPort(0));
        FarmSimulation simulation = FarmSimulation.start(farm, 1, Duration.ofMillis(250));
        return new DemoFarm(server, simulation);
    }

    /** Where the farm answers, e.g. {@code http://127.0.0.1:40123}. */
    public String url() {
        return "http://127.0.0.1:" + server.port();
    }

    @Override
    public void close() {
        simulation.close();
        server.close();
    }
}
