package crashy.testing.discord;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/** A bare gateway client on the JDK's WebSocket, to check the fake's protocol without JDA in between. */
final class RawGatewayClient implements WebSocket.Listener, AutoCloseable {
    private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    private final List<byte[]> binaryFrames = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    private final Inflater inflater = new Inflater();
    private final StringBuilder text = new StringBuilder();
    private final ByteArrayOutputStream binary = new ByteArrayOutputStream();
    private final WebSocket socket;

    private RawGatewayClient(String url) {
        socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .buildAsync(URI.create(url), this)
                .join();
    }

    /** Connects with this query, e.g. {@code ?encoding=json&v=10&compress=zlib-stream}. */
    static RawGatewayClient connect(FakeDiscord discord, String query) {
        return new RawGatewayClient(discord.gatewayUrl() + query);
    }

    void send(String json) {
        socket.sendText(json, true).join();
    }

    /** The next frame, inflated if the connection is compressed. */
    JsonNode next() {
        try {
            JsonNode frame = frames.poll(10, TimeUnit.SECONDS);
            if (frame == null) {
                throw new AssertionError("No gateway frame within 10 s");
            }
            return frame;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    List<byte[]> binaryFrames() {
        return List.copyOf(binaryFrames);
    }

    int awaitCloseCode(Duration timeout) {
        return closeCode.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).join();
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        text.append(data);
        if (last) {
            frames.add(Json.parse(text.toString()));
            text.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        byte[] chunk = new byte[data.remaining()];
        data.get(chunk);
        binary.write(chunk, 0, chunk.length);
        if (last) {
            byte[] frame = binary.toByteArray();
            binary.reset();
            binaryFrames.add(frame);
            frames.add(Json.parse(inflate(frame)));
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closeCode.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closeCode.completeExceptionally(error);
    }

    private String inflate(byte[] frame) {
        inflater.setInput(frame);
        List<Byte> out = new ArrayList<>();
        byte[] buffer = new byte[4096];
        try {
            int read;
            while ((read = inflater.inflate(buffer)) > 0) {
                for (int i = 0; i < read; i++) {
                    out.add(buffer[i]);
                }
            }
        } catch (DataFormatException e) {
            throw new AssertionError("Not a zlib stream: " + Arrays.toString(frame), e);
        }
        byte[] bytes = new byte[out.size()];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = out.get(i);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        socket.abort();
        inflater.end();
    }
}
