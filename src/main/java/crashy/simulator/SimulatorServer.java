package crashy.simulator;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fake Deadline Web Service on 127.0.0.1 that serves a {@link SimulatedFarm} the way a real 10.1 server answers
 * the REST API: same JSON keys, dates, state codes, error statuses and parameter leniency. {@link #faults()} makes it
 * misbehave on purpose; {@link #traffic()} counts what it sent.
 */
public final class SimulatorServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SimulatorServer.class);

    private final HttpServer server;
    private final ExecutorService threads;
    private final Faults faults = new Faults();
    private final ServedTraffic traffic = new ServedTraffic();
    private final int port;
    private final AtomicBoolean closed = new AtomicBoolean();

    private SimulatorServer(SimulatedFarm farm, ServerOptions options) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 64);
        // Unbounded on purpose: requests held by the hang fault must not starve the others.
        threads = Executors.newCachedThreadPool(daemonThreads());
        server.setExecutor(threads);
        server.createContext("/", new ApiHandler(farm, options, faults, traffic));
        port = server.getAddress().getPort();
    }

    /**
     * Starts serving the farm; port 0 picks a free port, see {@link #port()}.
     *
     * @throws UncheckedIOException if the port cannot be bound
     */
    public static SimulatorServer start(SimulatedFarm farm, ServerOptions options) {
        try {
            SimulatorServer simulator = new SimulatorServer(farm, options);
            simulator.server.start();
            log.info(
                    "Simulated Deadline Web Service listening on {} (auth {})",
                    simulator.baseUri(),
                    options.credentials() == null ? "off" : "basic");
            return simulator;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1:" + options.port(), e);
        }
    }

    public int port() {
        return port;
    }

    /** E.g. {@code http://127.0.0.1:8081/}. */
    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port() + "/");
    }

    public Faults faults() {
        return faults;
    }

    public ServedTraffic traffic() {
        return traffic;
    }

    /** Stops at once; requests held by latency or the hang fault are dropped unanswered. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        faults.stop();
        server.stop(0);
        threads.shutdownNow();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.info("Simulated Deadline Web Service on port {} stopped", port());
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "simulator-http-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
