package crashy.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SimulatorServerScaleTest {
    private static final Instant START = Instant.parse("2025-11-19T13:00:00Z");

    @Test
    void servesTenThousandJobsQuicklyWhileTheFarmKeepsRendering() throws IOException {
        long building = System.nanoTime();
        SimulatedFarm farm = FarmScenario.benchmark(10_000, 300, 100, 1).create(START);
        Duration built = Duration.ofNanos(System.nanoTime() - building);

        try (SimulatorServer server = SimulatorServer.start(farm, ServerOptions.onPort(0))) {
            Loopback http = new Loopback(server);
            http.get("/api/jobs?IdOnly=true"); // warms up the server's code paths
            long asking = System.nanoTime();
            HttpResponse<InputStream> response =
                    http.client().send(http.request("/api/jobs").build(), HttpResponse.BodyHandlers.ofInputStream());
            int jobs = countTopLevelObjects(response.body());
            Duration served = Duration.ofNanos(System.nanoTime() - asking);
            long advancing = System.nanoTime();
            farm.advance(Duration.ofMinutes(10));
            Duration advanced = Duration.ofNanos(System.nanoTime() - advancing);
            long bytes = recordedBytes(server, "/api/jobs", 2);

            System.out.printf(
                    "10,000 jobs: built in %d ms, served %d MB in %d ms, 10 farm minutes in %d ms%n",
                    built.toMillis(), bytes >> 20, served.toMillis(), advanced.toMillis());
            assertThat(jobs).isEqualTo(10_000);
            assertThat(bytes / jobs).as("bytes per job").isBetween(2_500L, 6_000L);
            // Loose bounds: this guards against pathologies, it is not the benchmark.
            assertThat(built).isLessThan(Duration.ofSeconds(20));
            assertThat(served).isLessThan(Duration.ofSeconds(10));
            assertThat(advanced).isLessThan(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * The body bytes sent for a path once {@code requests} of it are counted: the server counts a streamed body after
     * its last byte left, which can be after the client has read it.
     */
    private static long recordedBytes(SimulatorServer server, String path, int requests) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> server.traffic()
                                .byPath()
                                .getOrDefault(path, new ServedTraffic.PathTraffic(0, 0))
                                .requests()
                        >= requests);
        return server.traffic().byPath().get(path).bytes();
    }

    private static int countTopLevelObjects(InputStream body) throws IOException {
        int count = 0;
        try (JsonParser parser = Loopback.JSON.getFactory().createParser(body)) {
            assertThat(parser.nextToken()).isEqualTo(JsonToken.START_ARRAY);
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                parser.skipChildren();
                count++;
            }
        }
        return count;
    }
}
