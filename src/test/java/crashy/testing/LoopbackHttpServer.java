package crashy.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A tiny HTTP server on the loopback interface for adapter tests: each path answers with a scripted JDK
 * {@link HttpHandler} (404 otherwise), and every request is recorded before it is answered. Handlers run on their own
 * threads, so one may block on a latch to play a slow server; {@link #close()} interrupts it.
 */
public final class LoopbackHttpServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, HttpHandler> handlers = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    /** A request as the server saw it; {@code rawQuery} is still percent-encoded. */
    public record Request(String method, String path, String rawQuery, Map<String, List<String>> headers) {
        public Optional<String> header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .flatMap(entry -> entry.getValue().stream())
                    .findFirst();
        }

        /** The decoded query parameters in order. */
        public Map<String, String> query() {
            return parse(rawQuery);
        }
    }

    private LoopbackHttpServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::dispatch);
        server.start();
    }

    public static LoopbackHttpServer start() throws IOException {
        return new LoopbackHttpServer();
    }

    /** The base URL, e.g. {@code http://127.0.0.1:54321}. */
    public URI url() {
        return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":"
                + server.getAddress().getPort());
    }

    public LoopbackHttpServer on(String path, HttpHandler handler) {
        handlers.put(path, handler);
        return this;
    }

    /** Every path answers with this handler unless it has its own. */
    public LoopbackHttpServer onAnyPath(HttpHandler handler) {
        return on("*", handler);
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** A handler that answers {@code 200} with this JSON. */
    public static HttpHandler json(String body) {
        return reply(200, "application/json; charset=utf-8", body);
    }

    /** A handler that answers with this status and plain text. */
    public static HttpHandler text(int status, String body) {
        return reply(status, "text/plain; charset=utf-8", body);
    }

    public static HttpHandler reply(int status, String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return exchange -> {
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        };
    }

    /** The decoded query parameters of a request a handler answers. */
    public static Map<String, String> queryOf(HttpExchange exchange) {
        String rawQuery = exchange.getRequestURI().getRawQuery();
        return parse(rawQuery == null ? "" : rawQuery);
    }

    /** Blocks a handler until the test counts the latch down or the server closes: a server that does not answer. */
    public static void awaitQuietly(CountDownLatch released) {
        try {
            released.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Map<String, String> parse(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (!pair.isEmpty()) {
                int equals = pair.indexOf('=');
                String name = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                parameters.put(decode(name), decode(value));
            }
        }
        return parameters;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        requests.add(new Request(
                exchange.getRequestMethod(),
                uri.getRawPath(),
                uri.getRawQuery() == null ? "" : uri.getRawQuery(),
                Map.copyOf(exchange.getRequestHeaders())));
        HttpHandler handler = handlers.getOrDefault(uri.getRawPath(), handlers.get("*"));
        try {
            (handler == null ? text(404, "Not Found") : handler).handle(exchange);
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
