package crashy.testing.telegram;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP side of the fake: a JDK server on 127.0.0.1 and an ephemeral port that reads each call, lets the
 * {@link Dispatcher} answer it, records it (after its effects, before the answer goes out) and writes the answer.
 */
final class BotApiServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Dispatcher dispatcher;
    private final RequestLog log;
    private final Clock clock;
    private final AtomicInteger tooManyRequests = new AtomicInteger();
    private final InFlight inFlight = new InFlight();

    BotApiServer(Dispatcher dispatcher, RequestLog log, Clock clock) {
        this.dispatcher = dispatcher;
        this.log = log;
        this.clock = clock;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(threads);
        server.createContext("/", this::serve);
        server.start();
    }

    InetSocketAddress address() {
        return server.getAddress();
    }

    int tooManyRequestsAnswered() {
        return tooManyRequests.get();
    }

    /** Lets the calls being answered finish (a woken long poll answers at once), then stops. */
    @Override
    public void close() {
        inFlight.awaitNone(Duration.ofSeconds(2));
        server.stop(0);
        threads.shutdownNow();
    }

    private void serve(HttpExchange exchange) throws IOException {
        inFlight.begin();
        try {
            Instant receivedAt = clock.instant();
            IncomingCall call;
            try {
                call = IncomingCall.read(exchange);
            } catch (MalformedCallException malformed) {
                log.violation(new Violation("?", malformed.getMessage()));
                respond(exchange, Answer.error(ApiError.of(malformed.status(), malformed.getMessage())));
                return;
            }
            Optional<Answer> answered = answerSafely(call);
            if (answered.isEmpty()) {
                // Cut off before Telegram took the call: nothing was done, so nothing is recorded, and no answer goes.
                return;
            }
            Answer answer = answered.get();
            if (answer.status() == 429) {
                tooManyRequests.incrementAndGet();
            }
            Parameters parameters = call.parameters();
            log.record(new RecordedRequest(
                    dispatcher.methodName(call),
                    parameters.fields(),
                    parameters.form(),
                    parameters.uploads(),
                    receivedAt,
                    answer.status()));
            if (dispatcher.losesAnswer(call, answer)) {
                // Closing an exchange that never sent its headers drops the connection: no answer reaches the bot.
                return;
            }
            respond(exchange, answer);
        } finally {
            exchange.close();
            inFlight.end();
        }
    }

    /** A bug in the fake must not look like a network failure to the bot: it answers 500 and counts as a violation. */
    private Optional<Answer> answerSafely(IncomingCall call) {
        try {
            return dispatcher.answer(call);
        } catch (RuntimeException bug) {
            log.violation(new Violation(call.method(), "FakeTelegram failed: " + bug));
            return Optional.of(Answer.error(ApiError.of(500, "Internal Server Error: FakeTelegram failed: " + bug)));
        }
    }

    private static void respond(HttpExchange exchange, Answer answer) throws IOException {
        byte[] body = answer.body().toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /**
     * The exchanges being answered. The JDK 17 server's {@code stop(delay)} always waits the whole delay, and
     * {@code stop(0)} cuts answers off; so {@link #close()} waits for the (woken) answers itself, then stops at once.
     */
    private static final class InFlight {
        private int count;

        synchronized void begin() {
            count++;
        }

        synchronized void end() {
            count--;
            notifyAll();
        }

        synchronized void awaitNone(Duration timeout) {
            long deadline = System.nanoTime() + timeout.toNanos();
            try {
                while (count > 0 && System.nanoTime() < deadline) {
                    wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
