package crashy.farm.deadline;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Sends one GET to the Web Service and hands the counted response body to a reader, with the login sent up front on
 * every request. Everything that goes wrong on the way leaves as a {@link crashy.farm.FarmUnavailableException}.
 */
final class DeadlineTransport {
    /** Reads a successful response body; it may stream and need not read to the end. */
    @FunctionalInterface
    interface BodyReader<T> {
        T read(InputStream body) throws IOException;
    }

    private static final int ERROR_BODY_BYTES = 4096;

    private final RestClient rest;
    private final URI baseUrl;
    private final @Nullable String authorization;
    private final Duration timeout;
    private final DeadlineTraffic traffic;
    private final DeadlineFailures failures;

    DeadlineTransport(DeadlineProperties properties, DeadlineTraffic traffic) {
        this.baseUrl = properties.baseUrl();
        this.authorization = properties.authorization().orElse(null);
        this.timeout = properties.timeout();
        this.traffic = traffic;
        this.failures = new DeadlineFailures(properties);
        this.rest = RestClient.builder().requestFactory(requestFactory(timeout)).build();
    }

    <T> T get(DeadlineEndpoint endpoint, BodyReader<T> reader) {
        traffic.requested(endpoint.key());
        long start = System.nanoTime();
        try {
            return rest.get()
                    .uri(endpoint.resolve(baseUrl))
                    .headers(this::authorize)
                    .exchangeForRequiredValue((request, response) -> answer(endpoint, response, reader, start), true);
        } catch (RestClientException e) {
            throw failures.transport(endpoint, e);
        }
    }

    private <T> T answer(DeadlineEndpoint endpoint, ClientHttpResponse response, BodyReader<T> reader, long start)
            throws IOException {
        int status = response.getStatusCode().value();
        InputStream body = new CountingInputStream(response.getBody(), traffic, endpoint.key());
        if (status < 200 || status > 299) {
            String text = new String(body.readNBytes(ERROR_BODY_BYTES), StandardCharsets.UTF_8);
            throw failures.status(endpoint, status, text, response.getHeaders().getFirst(HttpHeaders.LOCATION));
        }
        try {
            return reader.read(body);
        } catch (IOException e) {
            // The request factory closes a body that outlives the timeout; the reader then sees its end too early.
            if (System.nanoTime() - start >= timeout.toNanos()) {
                throw failures.timedOut(endpoint, e);
            }
            throw e instanceof JsonProcessingException json
                    ? failures.badResponse(endpoint, json)
                    : failures.lost(endpoint, e);
        }
    }

    private void authorize(HttpHeaders headers) {
        if (authorization != null) {
            headers.set(HttpHeaders.AUTHORIZATION, authorization);
        }
    }

    /**
     * HTTP/1.1 because the Web Service speaks nothing else and an h2c upgrade offer only adds a round of doubt; no
     * redirects, so a login is never carried to another address.
     */
    private static JdkClientHttpRequestFactory requestFactory(Duration timeout) {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(client);
        factory.setReadTimeout(timeout);
        return factory;
    }
}
