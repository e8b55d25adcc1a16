package crashy.testing.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import crashy.testing.MutableClock;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fake REST API as a plain HTTP client sees it: Discord's answers, errors and rate limit headers. */
class FakeDiscordRestTest {
    private static final String TOKEN = "Bot test-token";
    private static final String JSON = "application/json";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T10:00:00Z"));
    private final FakeDiscord discord = FakeDiscord.builder().clock(clock).start();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        discord.close();
    }

    @Test
    void answersUnknownRoutesWithDiscordsNotFoundJson() {
        HttpResponse<String> response = call("GET", "guilds/2000/bans", TOKEN, "", "");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).path("code").asInt()).isZero();
        assertThat(json(response).path("message").asText()).isEqualTo("404: Not Found");
        assertThat(discord.calls()).singleElement().satisfies(call -> {
            assertThat(call.route()).isEqualTo("guilds/2000/bans");
            assertThat(call.status()).isEqualTo(404);
        });
    }

    @Test
    void wantsABotTokenAndSendsRateLimitHeadersWithEveryAnswer() {
        HttpResponse<String> anonymous = call("GET", "users/@me", "", "", "");
        HttpResponse<String> bot = call("GET", "users/@me", TOKEN, "", "");

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(bot.statusCode()).isEqualTo(200);
        assertThat(json(bot).path("id").asText()).isEqualTo(DiscordWorld.APPLICATION_ID);
        assertThat(bot.headers().map())
                .containsKeys(
                        "x-ratelimit-limit",
                        "x-ratelimit-remaining",
                        "x-ratelimit-reset",
                        "x-ratelimit-reset-after",
                        "x-ratelimit-bucket");
        assertThat(bot.headers().firstValue("via")).hasValue("1.1 google");
        assertThat(discord.calls().get(1).authorization()).isEqualTo(TOKEN);
    }

    @Test
    void refusesTheSixthMessageInFiveSecondsToAChannelWithDiscordsRateLimitAnswer() {
        String channel = openDirectMessage("4001");
        IntStream.range(0, 5)
                .forEach(n ->
                        assertThat(send(channel, "frame " + n).statusCode()).isEqualTo(200));

        HttpResponse<String> refused = send(channel, "one too many");
        clock.advance(Duration.ofSeconds(5));
        HttpResponse<String> later = send(channel, "later");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("retry-after")).hasValue("5");
        assertThat(refused.headers().firstValue("x-ratelimit-scope")).hasValue("user");
        assertThat(refused.headers().firstValue("x-ratelimit-remaining")).hasValue("0");
        assertThat(refused.headers().firstValue("via")).hasValue("1.1 google");
        assertThat(json(refused).path("retry_after").asDouble()).isEqualTo(5.0);
        assertThat(json(refused).path("global").asBoolean(true)).isFalse();
        assertThat(later.statusCode()).isEqualTo(200);
        assertThat(discord.tooManyRequestsCount()).isEqualTo(1);
        assertThat(discord.bucketWindows("POST", "channels/" + channel + "/messages"))
                .extracting(BucketWindow::accepted, BucketWindow::rejected)
                .containsExactly(tuple(5, 1), tuple(1, 0));
    }

    @Test
    void answersTheGlobalLimitWithAGlobal429() {
        discord.setRateLimits(RateLimits.discordLike().withGlobalPerSecond(2));
        call("GET", "users/@me", TOKEN, "", "");
        call("GET", "users/4001", TOKEN, "", "");

        HttpResponse<String> refused = call("GET", "users/4002", TOKEN, "", "");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("x-ratelimit-global")).hasValue("true");
        assertThat(refused.headers().firstValue("x-ratelimit-scope")).hasValue("global");
        assertThat(json(refused).path("global").asBoolean()).isTrue();
    }

    @Test
    void answersTheNextCallsWithTheFailuresATestAskedFor() {
        discord.rateLimitNext(1, "GET", "users/@me", 2);
        discord.failNext(1, "GET", "users/{user_id}", 500);
        discord.failNext(1, "GET", "channels/*", 502);

        HttpResponse<String> limited = call("GET", "users/@me", TOKEN, "", "");
        HttpResponse<String> broken = call("GET", "users/4001", TOKEN, "", "");
        HttpResponse<String> badGateway = call("GET", "channels/3000", TOKEN, "", "");

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("retry-after")).hasValue("2");
        assertThat(limited.headers().firstValue("via")).hasValue("1.1 google");
        assertThat(json(limited).path("retry_after").asDouble()).isEqualTo(2.0);
        assertThat(broken.statusCode()).isEqualTo(500);
        assertThat(json(broken).path("message").asText()).isEqualTo("500: Internal Server Error");
        assertThat(badGateway.statusCode()).isEqualTo(502);
        assertThat(badGateway.headers().firstValue("content-type")).hasValue("text/html");
        assertThat(call("GET", "users/@me", TOKEN, "", "").statusCode()).isEqualTo(200);
        assertThat(call("GET", "channels/3000", TOKEN, "", "").statusCode()).isEqualTo(200);
    }

    @Test
    void keepsTheExactBytesOfAFileUpload() {
        String channel = openDirectMessage("4002");
        byte[] file = new byte[256];
        IntStream.range(0, 256).forEach(i -> file[i] = (byte) i);

        HttpResponse<String> response = call(
                "POST",
                "channels/" + channel + "/messages",
                TOKEN,
                "multipart/form-data; boundary=xyz",
                multipart(
                        "xyz",
                        "{\"content\":\"render log\",\"attachments\":[{\"id\":0,\"filename\":\"log.bin\"}]}",
                        file));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("attachments").get(0).path("size").asInt())
                .isEqualTo(256);
        StoredMessage stored = discord.directMessagesTo(discord.person("bob")).get(0);
        assertThat(stored.content()).isEqualTo("render log");
        assertThat(stored.attachments().get(0).filename()).isEqualTo("log.bin");
        assertThat(stored.attachments().get(0).bytes()).isEqualTo(file);
        assertThat(discord.calls().get(1).part("payload_json")).isPresent();
    }

    @Test
    void refusesDirectMessagesToSomeoneWhoDoesNotAcceptThem() {
        discord.refuseDirectMessages(discord.person("carol"));
        String channel = openDirectMessage("4003");

        HttpResponse<String> refused = send(channel, "Job 42 failed");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused).path("code").asInt()).isEqualTo(50007);
        assertThat(json(refused).path("message").asText()).isEqualTo("Cannot send messages to this user");
        assertThat(discord.invalidRequestCount()).isEqualTo(1);
    }

    @Test
    void rejectsEmptyAndOverlongMessagesAsDiscordDoes() {
        String channel = openDirectMessage("4001");

        HttpResponse<String> empty = send(channel, "");
        HttpResponse<String> overlong = send(channel, "x".repeat(2001));

        assertThat(json(empty).path("code").asInt()).isEqualTo(50006);
        assertThat(overlong.statusCode()).isEqualTo(400);
        assertThat(json(overlong).path("code").asInt()).isEqualTo(50035);
        assertThat(discord.directMessagesTo(discord.person("alice"))).isEmpty();
    }

    @Test
    void answersARepeatedEnforcedNonceWithTheFirstMessageForAFewMinutes() {
        String channel = openDirectMessage("4001");

        HttpResponse<String> first = sendOnce(channel, "Job 42 finished", "n-42", true);
        HttpResponse<String> repeat = sendOnce(channel, "Job 42 finished", "n-42", true);
        HttpResponse<String> notEnforced = sendOnce(channel, "Job 42 finished", "n-42", false);
        clock.advance(Nonces.KEPT.plusSeconds(1));
        HttpResponse<String> later = sendOnce(channel, "Job 42 finished", "n-42", true);

        assertThat(repeat.statusCode()).isEqualTo(200);
        assertThat(id(repeat)).isEqualTo(id(first));
        assertThat(id(notEnforced)).isNotEqualTo(id(first));
        assertThat(id(later)).isNotIn(id(first), id(notEnforced));
        assertThat(discord.directMessagesTo(discord.person("alice"))).hasSize(3);
    }

    @Test
    void opensDirectMessagesWithTheArtistsABuilderAddedOnlyThen() {
        try (FakeDiscord bigger =
                FakeDiscord.builder().clock(clock).artists(150).start()) {
            FakeUser last = bigger.world().artists().get(149);

            assertThat(bigger.world().artists()).hasSize(150);
            assertThat(last).isEqualTo(FakeUser.person("100150", "artist0150"));
            assertThat(bigger.person("artist0150")).isEqualTo(last);
            String open = "{\"recipient_id\":\"100150\"}";
            HttpRequest toBigger = HttpRequest.newBuilder(
                            request("POST", "users/@me/channels", TOKEN, JSON, open), (name, value) -> true)
                    .uri(URI.create(bigger.restBaseUrl() + "users/@me/channels"))
                    .build();
            assertThat(json(exchange(toBigger))
                            .path("recipients")
                            .get(0)
                            .path("username")
                            .asText())
                    .isEqualTo("artist0150");
        }
        assertThat(discord.world().artists()).isEmpty();
        assertThat(call("POST", "users/@me/channels", TOKEN, JSON, "{\"recipient_id\":\"100150\"}")
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void holdsAnAnswerBackUntilReleasedAfterDoingTheWork() throws Exception {
        String channel = openDirectMessage("4002");
        HeldAnswer hold = discord.holdAnswer(call -> call.is("POST", "channels/{channel_id}/messages"));

        CompletableFuture<HttpResponse<String>> answer = http.sendAsync(
                request("POST", "channels/" + channel + "/messages", TOKEN, JSON, content("Job 7 failed")),
                HttpResponse.BodyHandlers.ofString());
        RecordedCall held = hold.awaitHeld(Duration.ofSeconds(10));

        assertThat(held.status()).isEqualTo(200);
        assertThat(discord.directMessagesTo(discord.person("bob")))
                .extracting(StoredMessage::content)
                .containsExactly("Job 7 failed");
        assertThat(answer).isNotDone();
        hold.release();
        assertThat(answer.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        assertThat(send(channel, "Job 8 failed").statusCode()).isEqualTo(200);
    }

    private String openDirectMessage(String userId) {
        HttpResponse<String> response =
                call("POST", "users/@me/channels", TOKEN, JSON, "{\"recipient_id\":\"" + userId + "\"}");
        return json(response).path("id").asText();
    }

    private HttpResponse<String> send(String channel, String content) {
        return call("POST", "channels/" + channel + "/messages", TOKEN, JSON, content(content));
    }

    private HttpResponse<String> sendOnce(String channel, String content, String nonce, boolean enforce) {
        String body = Json.object()
                .put("content", content)
                .put("nonce", nonce)
                .put("enforce_nonce", enforce)
                .toString();
        return call("POST", "channels/" + channel + "/messages", TOKEN, JSON, body);
    }

    private static String content(String content) {
        return Json.object().put("content", content).toString();
    }

    private static String id(HttpResponse<String> response) {
        return json(response).path("id").asText();
    }

    private HttpResponse<String> call(String method, String path, String authorization, String type, String body) {
        return call(method, path, authorization, type, body.getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> call(String method, String path, String authorization, String type, byte[] body) {
        return exchange(request(method, path, authorization, type, body));
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private HttpRequest request(String method, String path, String authorization, String type, String body) {
        return request(method, path, authorization, type, body.getBytes(StandardCharsets.UTF_8));
    }

    private HttpRequest request(String method, String path, String authorization, String type, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(discord.restBaseUrl() + path))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (!authorization.isEmpty()) {
            request.header("Authorization", authorization);
        }
        if (!type.isEmpty()) {
            request.header("Content-Type", type);
        }
        return request.build();
    }

    private static JsonNode json(HttpResponse<String> response) {
        return Json.parse(response.body());
    }

    private static byte[] multipart(String boundary, String payload, byte[] file) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files[0]\"; filename=\"log.bin\"\r\n"
                        + "Content-Type: application/octet-stream\r\n\r\n");
        body.write(file, 0, file.length);
        write(
                body,
                "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"payload_json\"\r\n"
                        + "Content-Type: application/json\r\n\r\n" + payload + "\r\n--" + boundary + "--\r\n");
        return body.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write(bytes, 0, bytes.length);
    }
}
