package crashy.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The demo's farm: the {@link FarmScenario#demo() demo scenario} served on a free loopback port and run in real time,
 * for as long as the process lives. Its renders write small EXR frames into a temporary folder, removed when the
 * process ends, so the demo shows previews too.
 */
public final class DemoFarm implements AutoCloseable {
    private final SimulatorServer server;
    private final FarmSimulation simulation;
    private final Path frames;

    private DemoFarm(SimulatorServer server, FarmSimulation simulation, Path frames) {
        this.server = server;
        this.simulation = simulation;
        this.frames = frames;
    }

    public static DemoFarm start() {
        Path frames = frameFolder();
        SimulatedFarm farm = FarmScenario.demo().create(Instant.now(), frames);
        SimulatorServer server = SimulatorServer.start(farm, ServerOptions.onPort(0));
        FarmSimulation simulation = FarmSimulation.start(farm, 1, Duration.ofMillis(250));
        DemoFarm demo = new DemoFarm(server, simulation, frames);
        Runtime.getRuntime().addShutdownHook(new Thread(demo::removeFrames, "demo-farm-cleanup"));
        return demo;
    }

    /** The folder the renders write their frames to. */
    public Path frames() {
        return frames;
    }

    /** Where the farm answers, e.g. {@code http://127.0.0.1:40123}. */
    public String url() {
        return "http://127.0.0.1:" + server.port();
    }

    @Override
    public void close() {
        simulation.close();
        server.close();
        removeFrames();
    }

    private static Path frameFolder() {
        try {
            return Files.createTempDirectory("crashy-demo-frames-").toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a folder for the demo's frames", e);
        }
    }

    private void removeFrames() {
        try (Stream<Path> files = Files.walk(frames)) {
            files.sorted(Comparator.reverseOrder())
                    .forEach(file -> file.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Already gone, or the temporary folder is cleaned by the system later.
        }
    }
}
