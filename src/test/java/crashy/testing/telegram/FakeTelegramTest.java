package crashy.testing.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import crashy.testing.MutableClock;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fake's own behaviour, driven over plain HTTP on a clock that moves only when the test says so. */
class FakeTelegramTest {
    private static final String TOKEN = "123456:fake-token";
    private static final String KEYBOARD =
            "{\"inline_keyboard\":[[{\"text\":\"Refresh\",\"callback_data\":\"refresh\"}]]}";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
    private final HttpClient http = HttpClient.newHttpClient();
    private final FakeTelegram telegram = FakeTelegram.builder(TOKEN)
            .clock(clock)
            .rateLimits(RateLimits.none())
            .longPoll(Duration.ofMillis(200))
            .start();

    @AfterEach
    void stopTelegram() {
        telegram.close();
    }

    @Test
    void routesMethodNamesInAnyLetterCase() {
        // when
        Reply lower = post("sendmessage", "{\"chat_id\":\"42\",\"text\":\"one\"}");
        Reply upper = post("SENDMESSAGE", "{\"chat_id\":\"42\",\"text\":\"two\"}");

        // then
        assertThat(lower.status()).isEqualTo(200);
        assertThat(upper.status()).isEqualTo(200);
        assertThat(telegram.requests()).extracting(RecordedRequest::method).containsOnly("sendMessage");
        assertThat(telegram.chat(42).messages()).extracting(ShownMessage::text).containsExactly("one", "two");
    }

    @Test
    void refusesAnotherTokenAsUnauthorized() throws IOException, InterruptedException {
        // when
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(telegram.url() + "/bot999:other/getMe"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        // then
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.body()).isEqualTo("{\"ok\":false,\"error_code\":401,\"description\":\"Unauthorized\"}");
    }

    @Test
    void answersAnUnknownMethodNotFoundAndReportsIt() {
        // when
        Reply reply = post("sendCarrierPigeon", "{}");

        // then
        assertThat(reply.status()).isEqualTo(404);
        assertThat(telegram.violations())
                .containsExactly(new Violation("sendCarrierPigeon", "the Bot API has no such method"));
    }

    @Test
    void acceptsUrlEncodedFormsAndQueryStrings() throws IOException, InterruptedException {
        // when
        HttpResponse<String> form = http.send(
                HttpRequest.newBuilder(URI.create(telegram.url() + "/bot" + TOKEN + "/sendMessage"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("chat_id=42&text=Job+7+failed"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> query = http.send(
                HttpRequest.newBuilder(URI.create(telegram.url() + "/bot" + TOKEN + "/getUpdates?timeout=0"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        // then
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(query.statusCode()).isEqualTo(200);
        assertThat(telegram.chat(42).lastMessage().text()).isEqualTo("Job 7 failed");
        assertThat(telegram.violations()).isEmpty();
    }

    @Test
    void pushedMessagesArePrivateAndMarkALeadingCommand() {
        // given
        telegram.pushTextMessage(42, "Alice", "/status 7");
        telegram.pushStart(42, "link-4f2a");

        // when
        JsonNode updates = post("getUpdates", "{\"timeout\":0}").result();

        // then
        JsonNode status = updates.get(0).get("message");
        assertThat(updates.get(0).get("update_id").asInt()).isEqualTo(1);
        assertThat(status.at("/chat/type").asText()).isEqualTo("private");
        assertThat(status.at("/from/first_name").asText()).isEqualTo("Alice");
        assertThat(status.at("/entities/0/type").asText()).isEqualTo("bot_command");
        assertThat(status.at("/entities/0/length").asInt()).isEqualTo(7);
        JsonNode start = updates.get(1).get("message");
        assertThat(start.get("text").asText()).isEqualTo("/start link-4f2a");
        assertThat(start.at("/entities/0/length").asInt()).isEqualTo(6);
        assertThat(start.get("message_id").asInt()).isEqualTo(2);
    }

    @Test
    void getUpdatesForgetsWhatAnOffsetConfirmed() {
        // given
        telegram.pushTextMessage(42, "Alice", "one");
        telegram.pushTextMessage(42, "Alice", "two");

        // when
        JsonNode fromTheStart = post("getUpdates", "{\"timeout\":0}").result();
        JsonNode afterTheFirst =
                post("getUpdates", "{\"offset\":2,\"timeout\":0}").result();
        JsonNode afterBoth = post("getUpdates", "{\"offset\":3,\"timeout\":0}").result();
        JsonNode fromTheStartAgain = post("getUpdates", "{\"timeout\":0}").result();

        // then
        assertThat(fromTheStart)
                .extracting(update -> update.get("update_id").asInt())
                .containsExactly(1, 2);
        assertThat(afterTheFirst)
                .extracting(update -> update.get("update_id").asInt())
                .containsExactly(2);
        assertThat(afterBoth).isEmpty();
        assertThat(fromTheStartAgain).isEmpty();
    }

    @Test
    void aLongPollAnswersAsSoonAsAnUpdateArrives() {
        // given
        CompletableFuture<HttpResponse<String>> poll = http.sendAsync(
                request("getUpdates", "{\"offset\":1,\"timeout\":50}"), HttpResponse.BodyHandlers.ofString());

        // when
        telegram.pushTextMessage(42, "Alice", "/status");

        // then
        assertThat(Parameters.parse(poll.join().body())
                        .at("/result/0/message/text")
                        .asText())
                .isEqualTo("/status");
    }

    @Test
    void anEmptyLongPollEndsAtTheFakesCap() {
        // when: the client would wait 50 s, the fake waits its 200 ms
        Reply reply = post("getUpdates", "{\"timeout\":50}");

        // then
        assertThat(reply.result()).isEmpty();
    }

    @Test
    void aCallbackQueryCarriesTheBotsMessageAndCanBeAnsweredOnce() {
        // given
        int messageId = post("sendMessage", "{\"chat_id\":42,\"text\":\"Job 7\",\"reply_markup\":" + KEYBOARD + "}")
                .result()
                .get("message_id")
                .asInt();
        String queryId = telegram.pushCallbackQuery(42, messageId, "refresh");

        // when
        JsonNode query = post("getUpdates", "{\"timeout\":0}").result().get(0).get("callback_query");
        Reply first = post("answerCallbackQuery", "{\"callback_query_id\":\"" + queryId + "\",\"text\":\"Done\"}");
        Reply second = post("answerCallbackQuery", "{\"callback_query_id\":\"" + queryId + "\"}");

        // then
        assertThat(query.get("data").asText()).isEqualTo("refresh");
        assertThat(query.at("/message/message_id").asInt()).isEqualTo(messageId);
        assertThat(query.at("/message/reply_markup")).isEqualTo(Parameters.parse(KEYBOARD));
        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(400);
        assertThat(telegram.callbackAnswer(queryId)).contains(new CallbackAnswer(queryId, "Done", false));
    }

    @Test
    void anEditThatChangesNothingIsNotModifiedAndAnEditWithoutKeyboardDropsIt() {
        // given
        post("sendMessage", "{\"chat_id\":42,\"text\":\"Job 7\",\"reply_markup\":" + KEYBOARD + "}");
        String sameAgain = "{\"chat_id\":42,\"message_id\":1,\"text\":\"Job 7\",\"reply_markup\":" + KEYBOARD + "}";

        // when
        Reply unchanged = post("editMessageText", sameAgain);
        Reply withoutKeyboard = post("editMessageText", "{\"chat_id\":42,\"message_id\":1,\"text\":\"Job 7\"}");

        // then
        assertThat(unchanged.status()).isEqualTo(400);
        assertThat(unchanged.description()).startsWith("Bad Request: message is not modified");
        assertThat(withoutKeyboard.status()).isEqualTo(200);
        assertThat(telegram.chat(42).lastMessage().inlineKeyboard()).isEmpty();
        assertThat(telegram.violations())
                .as("a legitimate race, not a malformed call")
                .isEmpty();
    }

    @Test
    void editsAndDeletesOnlyWhatExists() {
        // given
        post("sendMessage", "{\"chat_id\":42,\"text\":\"Job 7\"}");

        // when
        Reply editMissing = post("editMessageText", "{\"chat_id\":42,\"message_id\":9,\"text\":\"x\"}");
        Reply captionOfText = post("editMessageCaption", "{\"chat_id\":42,\"message_id\":1,\"caption\":\"x\"}");
        Reply delete = post("deleteMessage", "{\"chat_id\":42,\"message_id\":1}");
        Reply deleteAgain = post("deleteMessage", "{\"chat_id\":42,\"message_id\":1}");

        // then
        assertThat(editMissing.description()).isEqualTo("Bad Request: message to edit not found");
        assertThat(captionOfText.description()).isEqualTo("Bad Request: there is no caption in the message to edit");
        assertThat(delete.status()).isEqualTo(200);
        assertThat(deleteAgain.description()).isEqualTo("Bad Request: message to delete not found");
        assertThat(telegram.chat(42).messages()).isEmpty();
        assertThat(telegram.chat(42).deletedMessageIds()).containsExactly(1);
    }

    @Test
    void refusesHtmlTelegramCannotParseAndTooLongTexts() {
        // when
        Reply unclosed = post("sendMessage", "{\"chat_id\":42,\"text\":\"<b>Job 7\",\"parse_mode\":\"HTML\"}");
        Reply unescaped = post("sendMessage", "{\"chat_id\":42,\"text\":\"a <b> c</b> < d\",\"parse_mode\":\"HTML\"}");
        Reply tooLong = post("sendMessage", "{\"chat_id\":42,\"text\":\"" + "x".repeat(4097) + "\"}");

        // then
        assertThat(unclosed.description())
                .isEqualTo("Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"b\"");
        assertThat(unescaped.description())
                .isEqualTo("Bad Request: can't parse entities: Unexpected \"<\" at byte offset 12");
        assertThat(tooLong.description()).isEqualTo("Bad Request: message is too long");
        assertThat(telegram.violations()).hasSize(3);
    }

    @Test
    void scriptedFailuresAnswerTheNextCallsThenStop() {
        // given
        telegram.failNext("sendMessage", 2, ApiError.internalServerError());

        // when
        int first = post("sendMessage", "{\"chat_id\":42,\"text\":\"a\"}").status();
        int second = post("sendMessage", "{\"chat_id\":42,\"text\":\"a\"}").status();
        int third = post("sendMessage", "{\"chat_id\":42,\"text\":\"a\"}").status();

        // then
        assertThat(new int[] {first, second, third}).containsExactly(500, 500, 200);
    }

    @Test
    void stopFailingForgetsTheFailuresNotUsedUp() {
        // given
        telegram.failNext("sendMessage", 5, ApiError.badGateway());
        int refused = post("sendMessage", "{\"chat_id\":42,\"text\":\"a\"}").status();

        // when
        telegram.stopFailing();

        // then
        assertThat(refused).isEqualTo(502);
        assertThat(post("sendMessage", "{\"chat_id\":42,\"text\":\"a\"}").status())
                .isEqualTo(200);
    }

    @Test
    void aHeldCallIsCarriedOutOnlyOnceReleased() throws Exception {
        // given
        HeldCall held = telegram.holdNext(
                "sendMessage", call -> call.path("text").asText().equals("held"));
        CompletableFuture<HttpResponse<String>> answer = http.sendAsync(
                request("sendMessage", "{\"chat_id\":42,\"text\":\"held\"}"), HttpResponse.BodyHandlers.ofString());
        assertThat(held.awaitHeld(Duration.ofSeconds(5)).path("text").asText()).isEqualTo("held");
        int other = post("sendMessage", "{\"chat_id\":42,\"text\":\"other\"}").status();
        assertThat(telegram.chat(42).messages()).extracting(ShownMessage::text).containsExactly("other");

        // when
        held.release();

        // then
        assertThat(answer.get(5, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        assertThat(other).isEqualTo(200);
        assertThat(telegram.chat(42).messages()).extracting(ShownMessage::text).containsExactly("other", "held");
    }

    @Test
    void aHeldCallCutOffIsNeitherCarriedOutNorAnsweredNorRecorded() {
        // given
        HeldCall held = telegram.holdNext("sendMessage", call -> true);
        CompletableFuture<HttpResponse<String>> answer = http.sendAsync(
                request("sendMessage", "{\"chat_id\":42,\"text\":\"cut\"}"), HttpResponse.BodyHandlers.ofString());
        held.awaitHeld(Duration.ofSeconds(5));

        // when
        held.cutOff();

        // then
        assertThat(answer).failsWithin(Duration.ofSeconds(5)).withThrowableOfType(ExecutionException.class);
        assertThat(telegram.chat(42).messages()).isEmpty();
        assertThat(telegram.requests("sendMessage")).isEmpty();
        assertThat(post("sendMessage", "{\"chat_id\":42,\"text\":\"next\"}").status())
                .as("the hold is used up")
                .isEqualTo(200);
    }

    @Test
    void floodControlAnswersTooManyRequestsLikeTelegramAndEditsCount() {
        // given
        telegram.rateLimits(RateLimits.strict());
        post("sendMessage", "{\"chat_id\":42,\"text\":\"Frame 1\"}");

        // when
        Reply edit = post("editMessageText", "{\"chat_id\":42,\"message_id\":1,\"text\":\"Frame 2\"}");
        clock.advance(Duration.ofSeconds(1));
        Reply later = post("editMessageText", "{\"chat_id\":42,\"message_id\":1,\"text\":\"Frame 2\"}");

        // then
        assertThat(edit.status()).isEqualTo(429);
        assertThat(edit.body().toString())
                .isEqualTo("{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 1\","
                        + "\"parameters\":{\"retry_after\":1}}");
        assertThat(later.status()).isEqualTo(200);
        assertThat(telegram.tooManyRequestsAnswered()).isEqualTo(1);
    }

    @Test
    void aUserWhoBlockedTheBotCanUnblockIt() {
        // given
        telegram.blockedBy(42);

        // when
        Reply blocked = post("sendMessage", "{\"chat_id\":42,\"text\":\"a\"}");
        telegram.unblockedBy(42);
        Reply unblocked = post("sendMessage", "{\"chat_id\":42,\"text\":\"a\"}");

        // then
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.description()).isEqualTo("Forbidden: bot was blocked by the user");
        assertThat(unblocked.status()).isEqualTo(200);
    }

    @Test
    void aPhotoThatIsNoImageIsRefused() {
        // given
        String boundary = "b0undary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"chat_id\"\r\n\r\n42\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"photo\"\r\n\r\nattach://a.png\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"a.png\"; filename=\"a.png\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\nnot a png\r\n--" + boundary + "--\r\n";

        // when
        Reply reply = send(HttpRequest.newBuilder(methodUri("sendPhoto"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());

        // then
        assertThat(reply.description()).isEqualTo("Bad Request: IMAGE_PROCESS_FAILED");
        assertThat(telegram.requests("sendPhoto").get(0).uploads().get("a.png").bytes())
                .isEqualTo("not a png".getBytes());
    }

    @Test
    void awaitingARequestThatNeverComesSaysWhatCameInstead() {
        // given
        post("sendMessage", "{\"chat_id\":42,\"text\":\"Job 7\"}");

        // when
        AssertionError failure = catchThrowableOfType(
                AssertionError.class,
                () -> telegram.awaitRequest(request -> request.isMethod("sendPhoto"), Duration.ofMillis(50)));

        // then
        assertThat(failure).hasMessageContaining("sendMessage {\"chat_id\":42,\"text\":\"Job 7\"} -> 200");
    }

    private Reply post(String method, String json) {
        return send(request(method, json));
    }

    private HttpRequest request(String method, String json) {
        return HttpRequest.newBuilder(methodUri(method))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    private URI methodUri(String method) {
        return URI.create(telegram.url() + "/bot" + TOKEN + "/" + method);
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), Parameters.parse(response.body()));
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private record Reply(int status, JsonNode body) {
        JsonNode result() {
            return body.get("result");
        }

        String description() {
            return body.path("description").asText();
        }
    }
}
