package crashy.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SimulatorServerAuthTest {
    private final SimulatedFarm farm = new SimulatedFarm(1, Instant.parse("2025-11-19T13:00:00Z"));

    @Test
    void refusesMissingOrWrongCredentialsWith401AndNoChallenge() {
        try (SimulatorServer server =
                SimulatorServer.start(farm, ServerOptions.onPort(0).withBasicAuth("djt", "s3cret"))) {
            Loopback http = new Loopback(server);

            HttpResponse<String> missing = http.get("/api/jobs");
            HttpResponse<String> wrong = http.getAs("/api/jobs", "djt", "guess");
            HttpResponse<String> right = http.getAs("/api/jobs", "djt", "s3cret");

            assertThat(missing.statusCode()).isEqualTo(401);
            assertThat(missing.headers().firstValue("WWW-Authenticate")).isEmpty();
            assertThat(missing.body()).isNotBlank();
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(right.statusCode()).isEqualTo(200);
            assertThat(right.body()).isEqualTo("[]");
            assertThat(http.get("/").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void challengesForBasicCredentialsWhenSwitchedOn() {
        ServerOptions options =
                ServerOptions.onPort(0).withBasicAuth("djt", "s3cret").withAuthChallenge(true);
        try (SimulatorServer server = SimulatorServer.start(farm, options)) {
            HttpResponse<String> missing = new Loopback(server).get("/api/jobs");

            assertThat(missing.statusCode()).isEqualTo(401);
            assertThat(missing.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Deadline\"");
        }
    }

    @Test
    void answersWithoutCredentialsWhenAuthIsOff() {
        try (SimulatorServer server = SimulatorServer.start(farm, ServerOptions.onPort(0))) {
            assertThat(new Loopback(server).get("/api/jobs").statusCode()).isEqualTo(200);
        }
    }
}
