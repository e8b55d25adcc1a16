package crashy.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;

/** A small HTTP client for talking to a {@link SimulatorServer} over loopback, plus the real fixtures to compare. */
final class Loopback {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Path FIXTURES = Path.of("../shared/fixtures/deadline");

    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    Loopback(SimulatorServer server) {
        this.base = server.baseUri();
    }

    HttpResponse<String> get(String pathAndQuery) {
        return send(request(pathAndQuery).GET().build());
    }

    HttpResponse<String> getAs(String pathAndQuery, String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
        return send(request(pathAndQuery)
                .header("Authorization", "Basic " + token)
                .GET()
                .build());
    }

    HttpResponse<String> send(String method, String pathAndQuery, String body) {
        return send(request(pathAndQuery)
                .method(method, HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofSeconds(30));
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("request failed: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    HttpClient client() {
        return client;
    }

    JsonNode json(String pathAndQuery) {
        HttpResponse<String> response = get(pathAndQuery);
        if (response.statusCode() != 200) {
            throw new AssertionError(pathAndQuery + " answered " + response.statusCode() + ": " + response.body());
        }
        return parse(response.body());
    }

    static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    static JsonNode fixture(String name) {
        try {
            return JSON.readTree(FIXTURES.resolve(name).toFile());
        } catch (IOException e) {
            throw new AssertionError("cannot read fixture " + name, e);
        }
    }

    static Set<String> keys(JsonNode object) {
        Set<String> keys = new LinkedHashSet<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
