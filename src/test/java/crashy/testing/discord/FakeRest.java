package crashy.testing.discord;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Discord's REST API on a loopback JDK HTTP server: each call is checked against the scripted faults, the token and
 * the rate limits, answered by its route, and recorded. Unknown routes get Discord's 404 JSON.
 */
final class FakeRest implements AutoCloseable {
    static final String PREFIX = "/api/v10/";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "fake-discord-rest");
        thread.setDaemon(true);
        return thread;
    });
    private final RestRouter router = new RestRouter();
    private final DiscordRateLimiter limiter;
    private final ScriptedFaults faults;
    private final String token;
    private final Recorder<RecordedCall> calls = new Recorder<>("REST calls");
    private final Recorder<RecordedCall> unknownRoutes = new Recorder<>("calls to unknown routes");
    private final AtomicInteger tooManyRequests = new AtomicInteger();
    private final AtomicInteger invalidRequests = new AtomicInteger();
    private final List<HeldAnswer> holds = new CopyOnWriteArrayList<>();
    private int inFlight;

    /** @param token the bot token to accept, or empty to accept any {@code Bot ...} token */
    FakeRest(DiscordState state, DiscordRateLimiter limiter, ScriptedFaults faults, String token) throws IOException {
        this.limiter = limiter;
        this.faults = faults;
        this.token = token;
        new ApplicationRoutes(state).register(router);
        new ChannelRoutes(state).register(router);
        new InteractionRoutes(state).register(router);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
        state.restBaseUrl().set(baseUrl());
    }

    String baseUrl() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":"
                + server.getAddress().getPort() + PREFIX;
    }

    Recorder<RecordedCall> calls() {
        return calls;
    }

    /** Calls no route of the fake knows: a bot using an endpoint the fake does not serve (yet). */
    List<RecordedCall> unknownRouteCalls() {
        return unknownRoutes.all();
    }

    int tooManyRequests() {
        return tooManyRequests.get();
    }

    /** 401, 403 and 429 answers: what Discord counts towards its temporary ban of an IP. */
    int invalidRequests() {
        return invalidRequests.get();
    }

    List<BucketWindow> windows(String method, String path) {
        String relative = RoutePattern.relative(path);
        Optional<RestRouter.Match> match = router.match(method, relative);
        String route = match.map(found -> found.route().pattern().template()).orElse(relative);
        String major = match.map(found -> DiscordRateLimiter.majorParameter(found.parameters()))
                .orElse("");
        return limiter.windows(method, relative, route, major);
    }

    private void handle(HttpExchange exchange) throws IOException {
        changeInFlight(1);
        try (exchange) {
            RecordedCall asked = read(exchange);
            boolean insideApi = exchange.getRequestURI().getPath().startsWith(PREFIX);
            Optional<RestRouter.Match> match =
                    insideApi ? router.match(asked.method(), asked.path()) : Optional.empty();
            String route =
                    match.map(found -> found.route().pattern().template()).orElse(asked.path());
            RecordedCall routed = asked.routedTo(route);
            Optional<RestResponse> fault =
                    faults.take(asked.method(), asked.path(), limiter.bucketOf(asked.method(), asked.path(), route));
            RestResponse response = fault.isPresent()
                    ? fault.get()
                    : match.map(found -> answer(routed, found)).orElseGet(FakeRest::notFound);
            count(response);
            calls.add(routed.answeredWith(response.status()));
            if (match.isEmpty()) {
                unknownRoutes.add(routed.answeredWith(response.status()));
            }
            holdIfAsked(routed.answeredWith(response.status()));
            send(exchange, response);
        } finally {
            changeInFlight(-1);
        }
    }

    /** Holds the answer to the next call that matches, until the test releases it. */
    HeldAnswer holdAnswer(Predicate<RecordedCall> matching) {
        HeldAnswer hold = new HeldAnswer(matching);
        holds.add(hold);
        return hold;
    }

    private void holdIfAsked(RecordedCall answered) {
        holds.stream().filter(hold -> hold.claim(answered)).findFirst().ifPresent(hold -> hold.hold(answered));
    }

    private synchronized void changeInFlight(int change) {
        inFlight += change;
        notifyAll();
    }

    /**
     * Waits for answers still being written. A test may stop the fake as soon as it saw a call, which is recorded
     * before its answer goes out; cutting that answer off would make the client retry against a closed port.
     */
    private synchronized void awaitQuiet(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (inFlight > 0 && System.nanoTime() < deadline) {
            wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }
    }

    private static RestResponse notFound() {
        return RestResponse.error(404, 0, "404: Not Found");
    }

    private RestResponse answer(RecordedCall call, RestRouter.Match match) {
        RestRouter.Route route = match.route();
        if (!route.interaction() && !authorized(call.authorization())) {
            return RestResponse.error(401, 0, "401: Unauthorized");
        }
        DiscordRateLimiter.Decision decision = limiter.acquire(
                call.method(),
                call.path(),
                route.pattern().template(),
                DiscordRateLimiter.majorParameter(match.parameters()),
                !route.interaction());
        if (!decision.allowed()) {
            return RestResponse.tooManyRequests(decision.retryAfterMillis(), decision.global(), decision.headers());
        }
        return route.handler().handle(new RestRequest(call, match.parameters())).withHeaders(decision.headers());
    }

    private boolean authorized(String authorization) {
        if (!authorization.startsWith("Bot ") || authorization.length() <= "Bot ".length()) {
            return false;
        }
        return token.isEmpty() || authorization.equals("Bot " + token);
    }

    private void count(RestResponse response) {
        if (response.status() == 429) {
            tooManyRequests.incrementAndGet();
        }
        if (response.status() == 401 || response.status() == 403 || response.status() == 429) {
            invalidRequests.incrementAndGet();
        }
    }

    /** The call as asked; its path is relative to {@code /api/v10/}, or the full path if it is outside it. */
    private static RecordedCall read(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        String fullPath = exchange.getRequestURI().getPath();
        String path = fullPath.startsWith(PREFIX) ? fullPath.substring(PREFIX.length()) : fullPath;
        String query =
                Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse("");
        String contentType = header(exchange, "Content-Type");
        return new RecordedCall(
                exchange.getRequestMethod(),
                path,
                query,
                path,
                contentType,
                header(exchange, "Authorization"),
                body,
                Multipart.parse(contentType, body),
                0);
    }

    private static String header(HttpExchange exchange, String name) {
        return Optional.ofNullable(exchange.getRequestHeaders().getFirst(name)).orElse("");
    }

    private static void send(HttpExchange exchange, RestResponse response) throws IOException {
        exchange.getResponseHeaders().set("Via", "1.1 google");
        if (!response.contentType().isEmpty()) {
            exchange.getResponseHeaders().set("Content-Type", response.contentType());
        }
        for (Map.Entry<String, String> header : response.headers().entrySet()) {
            exchange.getResponseHeaders().set(header.getKey(), header.getValue());
        }
        byte[] body = response.body();
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        holds.forEach(HeldAnswer::release);
        try {
            awaitQuiet(Duration.ofSeconds(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.stop(0);
        threads.shutdownNow();
    }
}
