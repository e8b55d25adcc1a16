package crashy.testing.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.jspecify.annotations.Nullable;

/**
 * Discord's gateway on a loopback WebSocket: HELLO on connect, heartbeat ACKs, IDENTIFY answered with READY and
 * GUILD_CREATE, RESUME answered by replaying missed dispatches and RESUMED. Dispatches are kept per session, so an
 * event sent while the bot is reconnecting reaches it on resume, as with Discord.
 */
final class FakeGateway extends WebSocketServer {
    private static final int GUILD_MEMBERS_INTENT = 1 << 1;

    private final DiscordState state;
    private final int heartbeatIntervalMillis;
    private final String token;
    private final CountDownLatch started = new CountDownLatch(1);
    private final Map<WebSocket, Connection> connections = new ConcurrentHashMap<>();
    private final Recorder<JsonNode> received = new Recorder<>("gateway frames from the bot");
    private final Recorder<JsonNode> sent = new Recorder<>("gateway frames to the bot");
    private final Recorder<String> handshakes = new Recorder<>("gateway connections");
    private final List<ObjectNode> dispatched = new ArrayList<>();
    private String sessionId = "";
    private int intents;
    private @Nullable Connection live;

    /** One WebSocket connection, with its own deflate stream when the bot asked for {@code zlib-stream}. */
    private record Connection(WebSocket socket, @Nullable ZlibStream zlib) {
        synchronized void send(JsonNode frame) {
            byte[] bytes = Json.bytes(frame);
            try {
                if (zlib != null) {
                    socket.send(zlib.compress(bytes));
                } else {
                    socket.send(new String(bytes, StandardCharsets.UTF_8));
                }
            } catch (WebsocketNotConnectedException e) {
                // The bot is gone; a resume replays what it missed.
            }
        }
    }

    /** @param token the token IDENTIFY must carry, or empty to accept any */
    FakeGateway(DiscordState state, int heartbeatIntervalMillis, String token) {
        super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.state = state;
        this.heartbeatIntervalMillis = heartbeatIntervalMillis;
        this.token = token;
        setReuseAddr(true);
        setDaemon(true);
    }

    void startAndWait() {
        start();
        try {
            if (!started.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The fake gateway did not start");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String url() {
        return "ws://" + getAddress().getAddress().getHostAddress() + ":" + getPort() + "/";
    }

    Recorder<JsonNode> received() {
        return received;
    }

    Recorder<JsonNode> sent() {
        return sent;
    }

    /** The request path and query of each connection, e.g. {@code /?encoding=json&v=10&compress=zlib-stream}. */
    Recorder<String> handshakes() {
        return handshakes;
    }

    /** Sends a dispatch in the current session (buffered for a resume if the bot is not connected). */
    synchronized void dispatch(String type, JsonNode data) {
        if (sessionId.isEmpty()) {
            throw new IllegalStateException("No bot has identified with the fake gateway yet");
        }
        ObjectNode frame = Json.object().put("op", 0).put("t", type).put("s", dispatched.size() + 1);
        frame.set("d", data);
        dispatched.add(frame);
        if (live != null) {
            send(live, frame);
        }
    }

    /** Whether the bot identified with {@code GUILD_MEMBERS}, without which Discord sends no member updates. */
    synchronized boolean receivesMemberUpdates() {
        return (intents & GUILD_MEMBERS_INTENT) != 0;
    }

    /** Op 7: asks the bot to reconnect and resume. */
    synchronized void requestReconnect() {
        send(liveConnection(), Json.object().put("op", 7).putNull("d"));
    }

    /** Closes the bot's TCP connection without a WebSocket close frame, as a network failure would. */
    synchronized void dropConnection() {
        Connection connection = liveConnection();
        live = null;
        connection.socket().closeConnection(1006, "dropped by the fake");
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket socket, ClientHandshake handshake) {
        String resource = handshake.getResourceDescriptor();
        Connection connection =
                new Connection(socket, resource.contains("compress=zlib-stream") ? new ZlibStream() : null);
        connections.put(socket, connection);
        handshakes.add(resource);
        ObjectNode hello = Json.object().put("op", 10);
        hello.putObject("d").put("heartbeat_interval", heartbeatIntervalMillis);
        send(connection, hello);
    }

    @Override
    public void onMessage(WebSocket socket, String text) {
        JsonNode frame = Json.parse(text);
        received.add(frame);
        Connection connection = connections.get(socket);
        if (connection == null) {
            return;
        }
        switch (frame.path("op").asInt(-1)) {
            case 1 -> send(connection, Json.object().put("op", 11));
            case 2 -> identify(connection, frame.path("d"));
            case 6 -> resume(connection, frame.path("d"));
            default -> {
                // Presence updates and member requests need no answer from this fake.
            }
        }
    }

    @Override
    public void onMessage(WebSocket socket, ByteBuffer message) {
        socket.close(4002, "The fake gateway speaks JSON only");
    }

    @Override
    public void onClose(WebSocket socket, int code, String reason, boolean remote) {
        Connection connection = connections.remove(socket);
        if (connection != null && connection.zlib() != null) {
            connection.zlib().close();
        }
        synchronized (this) {
            if (live != null && live.socket() == socket) {
                live = null;
            }
        }
    }

    @Override
    public void onError(WebSocket socket, Exception e) {
        // The bot sees the failure itself; tests assert on what it does next.
    }

    private synchronized void identify(Connection connection, JsonNode identify) {
        if (!token.isEmpty() && !identify.path("token").asText().equals(token)) {
            connection.socket().close(4004, "Authentication failed.");
            return;
        }
        sessionId = UUID.randomUUID().toString().replace("-", "");
        intents = identify.path("intents").asInt(0);
        dispatched.clear();
        live = connection;
        dispatch("READY", state.world().ready(sessionId, url()));
        dispatch("GUILD_CREATE", state.world().guildCreate());
    }

    private synchronized void resume(Connection connection, JsonNode resume) {
        if (sessionId.isEmpty() || !resume.path("session_id").asText().equals(sessionId)) {
            send(connection, Json.object().put("op", 9).put("d", false));
            return;
        }
        live = connection;
        long seen = resume.path("seq").asLong(0);
        dispatched.stream().filter(frame -> frame.path("s").asLong() > seen).forEach(frame -> send(connection, frame));
        dispatch("RESUMED", Json.object());
    }

    private Connection liveConnection() {
        if (live == null) {
            throw new IllegalStateException("No bot is connected to the fake gateway");
        }
        return live;
    }

    private void send(Connection connection, JsonNode frame) {
        connection.send(frame);
        if (frame.path("op").asInt() != 11) {
            sent.add(frame);
        }
    }
}
