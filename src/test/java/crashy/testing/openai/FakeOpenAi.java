package crashy.testing.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import crashy.summary.Tokens;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * OpenAI's {@code POST /v1/chat/completions} on the loopback interface, on the JDK's HTTP server: it answers a plain
 * request with a {@code chat.completion} JSON and a {@code "stream": true} one with server-sent {@code data:} chunks
 * ending in {@code data: [DONE]}, or plays a rate limit, a server error, a refused key, garbage or a server that never
 * answers, as scripted. It records every request so that tests can read the prompt.
 */
public final class FakeOpenAi implements AutoCloseable {
    public static final String MODEL = "gpt-4o-mini-2024-07-18";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the server does with one request. */
    public sealed interface Reply permits Answer, Failure, Stall {}

    public record Answer(String text) implements Reply {}

    public record Failure(int status, Map<String, String> headers, String body) implements Reply {}

    public record Stall() implements Reply {}

    /** One request as the server saw it. */
    public record Request(String method, String path, Map<String, List<String>> headers, JsonNode body) {
        public Optional<String> header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .flatMap(entry -> entry.getValue().stream())
                    .findFirst();
        }

        public boolean streaming() {
            return body.path("stream").asBoolean(false);
        }

        /** The contents of the messages, in order. */
        public List<String> messages() {
            return StreamSupport.stream(body.path("messages").spliterator(), false)
                    .map(message -> message.path("content").asText())
                    .toList();
        }

        public String prompt() {
            return String.join("\n", messages());
        }

        /** The prompt's tokens, estimated the way Crashy budgets them. */
        public int promptTokens() {
            return Tokens.estimate(prompt());
        }

        /** The whole request body as sent, to search for what must never leave the machine. */
        public String rawBody() {
            return body.toString();
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Deque<Reply> script = new ArrayDeque<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private Reply usual = new Answer("The texture is missing on the file server. Check the path and requeue.");

    private FakeOpenAi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    public static FakeOpenAi start() throws IOException {
        return new FakeOpenAi();
    }

    /** The base URL to give the client, e.g. {@code http://127.0.0.1:54321/v1}. */
    public URI baseUrl() {
        return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":"
                + server.getAddress().getPort() + "/v1");
    }

    /** Every request from now on gets this, unless a scripted reply comes first. */
    public synchronized FakeOpenAi answering(String text) {
        usual = new Answer(text);
        return this;
    }

    /** The next requests get these, in order. */
    public synchronized FakeOpenAi thenReply(Reply... replies) {
        script.addAll(List.of(replies));
        return this;
    }

    public static Reply rateLimited(int retryAfterSeconds) {
        return new Failure(
                429,
                Map.of("retry-after", String.valueOf(retryAfterSeconds)),
                error(
                        "Rate limit reached for gpt-4o-mini on requests per min (RPM): Limit 3, Used 3.",
                        "requests",
                        "rate_limit_exceeded"));
    }

    public static Reply serverError() {
        return new Failure(
                500, Map.of(), error("The server had an error while processing your request.", "server_error", null));
    }

    /** A refusal that, like OpenAI's, repeats part of the key it refuses. */
    public static Reply refusedKey(String key) {
        String shown = key.substring(0, 3) + "*".repeat(8) + key.substring(key.length() - 4);
        return new Failure(
                401,
                Map.of(),
                error("Incorrect API key provided: " + shown + ".", "invalid_request_error", "invalid_api_key"));
    }

    public static Reply garbage() {
        return new Failure(200, Map.of(), "<html>Bad gateway</html>");
    }

    /** A server that takes the request and never answers. */
    public static Reply stall() {
        return new Stall();
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
            Request request = new Request(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    Map.copyOf(exchange.getRequestHeaders()),
                    body);
            requests.add(request);
            if (!request.method().equals("POST") || !request.path().equals("/v1/chat/completions")) {
                send(exchange, 404, Map.of(), error("Unknown request URL", "invalid_request_error", null));
                return;
            }
            reply(exchange, request, next());
        }
    }

    private synchronized Reply next() {
        Reply scripted = script.poll();
        return scripted != null ? scripted : usual;
    }

    private void reply(HttpExchange exchange, Request request, Reply reply) throws IOException {
        if (reply instanceof Stall) {
            awaitQuietly(closed);
        } else if (reply instanceof Failure failure) {
            send(exchange, failure.status(), failure.headers(), failure.body());
        } else if (reply instanceof Answer answer) {
            if (request.streaming()) {
                stream(exchange, request, answer.text());
            } else {
                send(exchange, 200, Map.of(), completion(request, answer.text()).toString());
            }
        } else {
            throw new IllegalStateException("unknown reply " + reply);
        }
    }

    private static ObjectNode completion(Request request, String text) {
        ObjectNode completion = header("chat.completion");
        ObjectNode choice = completion.putArray("choices").addObject().put("index", 0);
        choice.putObject("message")
                .put("role", "assistant")
                .put("content", text)
                .putNull("refusal");
        choice.putNull("logprobs").put("finish_reason", "stop");
        completion.set("usage", usage(request, text));
        return completion;
    }

    /** The answer word by word as {@code chat.completion.chunk}s, then the usage, then {@code [DONE]}. */
    private static void stream(HttpExchange exchange, Request request, String text) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        event(out, chunk(Map.of("role", "assistant", "content", ""), null));
        for (String word : text.split("(?<= )")) {
            event(out, chunk(Map.of("content", word), null));
        }
        event(out, chunk(Map.of(), "stop"));
        if (request.body().path("stream_options").path("include_usage").asBoolean(false)) {
            ObjectNode last = header("chat.completion.chunk");
            last.putArray("choices");
            last.set("usage", usage(request, text));
            event(out, last.toString());
        }
        out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static String chunk(Map<String, String> delta, @Nullable String finishReason) {
        ObjectNode chunk = header("chat.completion.chunk");
        ArrayNode choices = chunk.putArray("choices");
        ObjectNode choice = choices.addObject().put("index", 0);
        ObjectNode deltaNode = choice.putObject("delta");
        delta.forEach(deltaNode::put);
        choice.putNull("logprobs");
        if (finishReason == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finishReason);
        }
        return chunk.toString();
    }

    private static void event(OutputStream out, Object json) throws IOException {
        out.write(("data: " + json + "\n\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static ObjectNode header(String object) {
        return JSON.createObjectNode()
                .put("id", "chatcmpl-fake")
                .put("object", object)
                .put("created", 1_767_225_600L)
                .put("model", MODEL)
                .put("system_fingerprint", "fp_fake");
    }

    private static ObjectNode usage(Request request, String text) {
        int prompt = request.promptTokens();
        int completion = Tokens.estimate(text);
        return JSON.createObjectNode()
                .put("prompt_tokens", prompt)
                .put("completion_tokens", completion)
                .put("total_tokens", prompt + completion);
    }

    private static String error(String message, String type, @Nullable String code) {
        ObjectNode error = JSON.createObjectNode();
        error.putObject("error")
                .put("message", message)
                .put("type", type)
                .putNull("param")
                .put("code", code);
        return error.toString();
    }

    private static void send(HttpExchange exchange, int status, Map<String, String> headers, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
