package crashy.simulator;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers every request of the fake Web Service: applies the injected faults and authentication, routes the path to
 * its endpoint, writes the reply (JSON streamed, chunked) and counts what was sent.
 */
final class ApiHandler implements HttpHandler {
    static final String BANNER = "Deadline Web Service 10.1 [v10.1.20.3 Release (simulator)]";
    /** What a 2023 Kestrel-based Web Service answered to HEAD. */
    private static final String ALLOWED = "DELETE, GET, OPTIONS, POST, PUT";

    private static final JsonFactory JSON = new JsonFactory();
    private static final Logger log = LoggerFactory.getLogger(ApiHandler.class);

    private final ServerOptions options;
    private final Faults faults;
    private final ServedTraffic traffic;
    private final JobsEndpoint jobs;
    private final TasksEndpoint tasks;
    private final ReportsEndpoint reports;
    private final WorkersEndpoint workers;
    private final NamesEndpoint names;

    ApiHandler(SimulatedFarm farm, ServerOptions options, Faults faults, ServedTraffic traffic) {
        this.options = options;
        this.faults = faults;
        this.traffic = traffic;
        this.jobs = new JobsEndpoint(farm, faults);
        this.tasks = new TasksEndpoint(farm);
        this.reports = new ReportsEndpoint(farm, faults);
        this.workers = new WorkersEndpoint(farm);
        this.names = new NamesEndpoint(farm);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path =
                exchange.getRequestURI().getPath().toLowerCase(Locale.ROOT).replaceAll("/+$", "");
        try (exchange) {
            if (!faults.awaitTurn()) {
                return; // the server is stopping: drop the request unanswered
            }
            Reply reply = answer(exchange, path.isEmpty() ? "/" : path);
            send(exchange, reply, path.isEmpty() ? "/" : path);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            log.debug("Could not answer {}: {}", path, e.toString());
        } catch (RuntimeException e) {
            log.warn("Simulator failed to answer {}", exchange.getRequestURI(), e);
        }
    }

    private Reply answer(HttpExchange exchange, String path) throws IOException {
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        if (path.equals("/")) {
            return Reply.text(200, BANNER);
        }
        if (!path.startsWith("/api/")) {
            return Reply.text(404, "Not Found");
        }
        if (!authorized(exchange)) {
            Reply refused = Reply.text(401, "Unauthorized");
            return options.authChallenge()
                    ? refused.withHeader("WWW-Authenticate", "Basic realm=\"Deadline\"")
                    : refused;
        }
        if (faults.failsThisRequest()) {
            return Reply.text(500, "An error occurred while processing the request (simulated fault).");
        }
        if (method.equals("HEAD")) {
            return Reply.text(405, "Method Not Allowed").withHeader("Allow", ALLOWED);
        }
        Query query;
        try {
            query = Query.parse(exchange.getRequestURI().getRawQuery());
        } catch (IllegalArgumentException e) {
            return Reply.badRequest("Malformed query string.");
        }
        try {
            return route(method, path, query, exchange);
        } catch (RuntimeException e) {
            // E.g. a job deleted by the running farm between two lookups: answer as a server would, with a 500.
            log.debug("Simulator could not answer {}", exchange.getRequestURI(), e);
            return Reply.text(500, "An error occurred while processing the request: " + e.getMessage());
        }
    }

    private Reply route(String method, String path, Query query, HttpExchange exchange) throws IOException {
        if (path.equals("/api/jobs")) {
            return switch (method) {
                case "GET" -> jobs.get(query);
                case "PUT" -> jobs.put(exchange.getRequestBody().readAllBytes());
                case "DELETE" -> jobs.delete(query);
                default -> Reply.notImplemented(method);
            };
        }
        Optional<Reply> reply = switch (path) {
            case "/api/tasks" -> Optional.of(tasks.get(query));
            case "/api/jobreports" -> Optional.of(reports.jobReports(query));
            case "/api/taskreports" -> Optional.of(reports.taskReports(query));
            case "/api/slaves" -> Optional.of(workers.workers(query));
            case "/api/slavesrenderingjob" -> Optional.of(workers.renderingJob(query));
            case "/api/pools" -> Optional.of(names.pools(query));
            case "/api/groups" -> Optional.of(names.groups(query));
            case "/api/users" -> Optional.of(names.users(query));
            case "/api/repository" -> Optional.of(Reply.text(200, query.has("MajorVersion") ? "10" : "10.1.20.3"));
            default -> Optional.empty();
        };
        if (reply.isEmpty()) {
            return Reply.text(404, "Not Found");
        }
        return method.equals("GET") ? reply.get() : Reply.notImplemented(method);
    }

    private boolean authorized(HttpExchange exchange) {
        if (faults.unauthorized()) {
            return false;
        }
        if (options.credentials() == null) {
            return true;
        }
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return false;
        }
        byte[] given;
        try {
            given = Base64.getDecoder().decode(header.substring(6).trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
        ServerOptions.Credentials expected = options.credentials();
        byte[] wanted = (expected.user() + ":" + expected.password()).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, wanted);
    }

    private void send(HttpExchange exchange, Reply reply, String path) throws IOException {
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
        Reply.JsonBody body = reply.json();
        if (body == null || faults.bodies() != Faults.Bodies.INTACT) {
            byte[] bytes = body == null ? reply.text().getBytes(StandardCharsets.UTF_8) : faulty(body);
            exchange.getResponseHeaders()
                    .set(
                            "Content-Type",
                            body == null ? "text/plain; charset=utf-8" : "application/json; charset=utf-8");
            exchange.sendResponseHeaders(reply.status(), head || bytes.length == 0 ? -1 : bytes.length);
            if (!head) {
                exchange.getResponseBody().write(bytes);
            }
            traffic.record(path, head ? 0 : bytes.length);
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(reply.status(), 0);
        CountingStream counted = new CountingStream(exchange.getResponseBody());
        try (JsonGenerator json = JSON.createGenerator(new BufferedOutputStream(counted, 1 << 16))) {
            body.write(json);
        } finally {
            traffic.record(path, counted.count);
        }
    }

    private byte[] faulty(Reply.JsonBody body) throws IOException {
        if (faults.bodies() == Faults.Bodies.GARBAGE) {
            return "<html><body>\u0000{\"Props\":[tru".getBytes(StandardCharsets.UTF_8);
        }
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        try (JsonGenerator json = JSON.createGenerator(whole)) {
            body.write(json);
        }
        byte[] bytes = whole.toByteArray();
        return Arrays.copyOf(bytes, bytes.length / 2);
    }

    /** Counts the bytes of a streamed body, for {@link ServedTraffic}. */
    private static final class CountingStream extends FilterOutputStream {
        private long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            count += length;
        }
    }
}
