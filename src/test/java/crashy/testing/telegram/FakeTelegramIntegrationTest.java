package crashy.testing.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import crashy.testing.MutableClock;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.longpolling.util.DefaultLongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** The real telegrambots 10.2.0 (OkHttp client, long polling) against the fake: what our Telegram adapter will meet. */
class FakeTelegramIntegrationTest {
    private static final String TOKEN = "123456:fake-token";
    private static final long ALICE = 42;
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final OkHttpClient okHttp = new OkHttpClient();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();
    private final TelegramBotsLongPollingApplication app =
            new TelegramBotsLongPollingApplication(ObjectMapper::new, () -> okHttp, () -> poller);
    private final List<Throwable> botFailures = new CopyOnWriteArrayList<>();
    private FakeTelegram telegram;
    private TelegramClient client;

    @BeforeEach
    void startTelegram() {
        useTelegram(FakeTelegram.start(TOKEN));
    }

    @AfterEach
    void stopEverything() throws Exception {
        app.close();
        poller.shutdown();
        telegram.close();
        assertThat(poller.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
        okHttp.dispatcher().executorService().shutdown();
        okHttp.connectionPool().evictAll();
        assertThat(botFailures).isEmpty();
        assertThat(telegram.violations())
                .as("requests the Bot API spec refuses")
                .isEmpty();
    }

    @Test
    void getMeWithTheRightTokenDescribesTheBot() throws TelegramApiException {
        // when
        User bot = client.execute(new GetMe());

        // then
        assertThat(bot.getId()).isEqualTo(123456L);
        assertThat(bot.getIsBot()).isTrue();
    }

    @Test
    void getMeWithAWrongTokenFailsAsUnauthorized() {
        // given
        TelegramClient wrongToken = new OkHttpTelegramClient(okHttp, "123456:wrong", urlOf(telegram));

        // when
        TelegramApiRequestException failure =
                catchThrowableOfType(TelegramApiRequestException.class, () -> wrongToken.execute(new GetMe()));

        // then
        assertThat(failure.getErrorCode()).isEqualTo(401);
        assertThat(failure.getMessage()).contains("Unauthorized");
    }

    @Test
    void aWrongTokenStopsRegistrationAtDeleteWebhook() {
        // when
        TelegramApiException failure = catchThrowableOfType(
                TelegramApiException.class,
                () -> app.registerBot(
                        "123456:wrong", () -> urlOf(telegram), new DefaultGetUpdatesGenerator(), new StatusBot()));

        // then
        assertThat(failure).hasMessageContaining("Unauthorized");
        assertThat(telegram.requests()).extracting(RecordedRequest::method).containsExactly("deleteWebhook");
    }

    @Test
    void setMyCommandsPublishesTheMenu() throws TelegramApiException {
        // when
        Boolean published = client.execute(SetMyCommands.builder()
                .command(new BotCommand("status", "Show the state of a render job"))
                .command(new BotCommand("help", "List the commands"))
                .build());

        // then
        assertThat(published).isTrue();
        assertThat(telegram.commands())
                .containsExactly(
                        new MenuCommand("status", "Show the state of a render job"),
                        new MenuCommand("help", "List the commands"));
    }

    @Test
    void aRegisteredBotRepliesToStatusWithHtmlAndAKeyboard() throws TelegramApiException {
        // given
        registerStatusBot();

        // when
        telegram.pushTextMessage(ALICE, "Alice", "/status");

        // then
        ShownMessage reply = telegram.awaitChat(ALICE, chat -> !chat.messages().isEmpty(), WAIT)
                .lastMessage();
        assertThat(reply.text()).isEqualTo("<b>2 jobs</b> rendering for Alice");
        assertThat(reply.parseMode()).isEqualToIgnoringCase("HTML");
        assertThat(reply.plainText()).isEqualTo("2 jobs rendering for Alice");
        assertThat(reply.inlineKeyboard()).containsExactly(List.of(new InlineButton("Refresh", "refresh", "")));
    }

    @Test
    void pressingAButtonIsAnsweredAndEditsTheMessage() throws TelegramApiException {
        // given
        registerStatusBot();
        telegram.pushTextMessage(ALICE, "Alice", "/status");
        int messageId = telegram.awaitChat(ALICE, chat -> !chat.messages().isEmpty(), WAIT)
                .lastMessage()
                .messageId();

        // when
        String queryId = telegram.pushCallbackQuery(ALICE, messageId, "refresh");

        // then
        TelegramChat chat =
                telegram.awaitChat(ALICE, shown -> shown.versions(messageId).size() == 2, WAIT);
        assertThat(chat.lastMessage().plainText()).isEqualTo("2 jobs rendering for Alice (refreshed)");
        assertThat(telegram.awaitRequest("answerCallbackQuery").succeeded()).isTrue();
        assertThat(telegram.callbackAnswer(queryId)).contains(new CallbackAnswer(queryId, "Refreshed", false));
    }

    @Test
    void editMessageTextReplacesTheTextAndRefusesAnEditThatChangesNothing() throws TelegramApiException {
        // given
        Message sent = client.execute(new SendMessage(Long.toString(ALICE), "Job 7 queued"));
        EditMessageText edit = EditMessageText.builder()
                .chatId(ALICE)
                .messageId(sent.getMessageId())
                .text("Job 7 rendering")
                .build();

        // when
        client.execute(edit);
        TelegramApiRequestException again =
                catchThrowableOfType(TelegramApiRequestException.class, () -> client.execute(edit));

        // then
        assertThat(telegram.chat(ALICE).versions(sent.getMessageId()))
                .extracting(ShownMessage::text)
                .containsExactly("Job 7 queued", "Job 7 rendering");
        assertThat(again.getErrorCode()).isEqualTo(400);
        assertThat(again.getMessage()).contains("message is not modified");
    }

    @Test
    void sendPhotoAndSendDocumentUploadTheirBytes() throws Exception {
        // given
        byte[] png = png();
        byte[] log = "Error: Blender exited with code 139".getBytes();

        // when
        Message photo = client.execute(SendPhoto.builder()
                .chatId(ALICE)
                .photo(new InputFile(new ByteArrayInputStream(png), "frame-0012.png"))
                .caption("<b>Frame 12</b> of job 7")
                .parseMode(ParseMode.HTML)
                .build());
        client.execute(SendDocument.builder()
                .chatId(ALICE)
                .document(new InputFile(new ByteArrayInputStream(log), "job-7.log"))
                .build());

        // then
        assertThat(photo.getPhoto())
                .singleElement()
                .satisfies(size -> assertThat(size.getWidth()).isEqualTo(4));
        assertThat(photo.getCaption()).isEqualTo("Frame 12 of job 7");
        List<ShownMessage> shown = telegram.chat(ALICE).messages();
        assertThat(shown).extracting(ShownMessage::kind).containsExactly(MessageKind.PHOTO, MessageKind.DOCUMENT);
        assertThat(shown.get(0).file().bytes()).isEqualTo(png);
        assertThat(shown.get(1).file()).satisfies(file -> {
            assertThat(file.fileName()).isEqualTo("job-7.log");
            assertThat(file.bytes()).isEqualTo(log);
        });
        assertThat(telegram.awaitRequest("sendPhoto").uploads()).containsOnlyKeys("frame-0012.png");
    }

    @Test
    void anInjectedTooManyRequestsSurfacesWithRetryAfter() throws TelegramApiException {
        // given
        telegram.failNext("sendMessage", 1, ApiError.tooManyRequests(7));

        // when
        TelegramApiRequestException failure = catchThrowableOfType(
                TelegramApiRequestException.class, () -> client.execute(new SendMessage("42", "Job 7 failed")));
        Message retried = client.execute(new SendMessage("42", "Job 7 failed"));

        // then
        assertThat(failure.getErrorCode()).isEqualTo(429);
        assertThat(failure.getParameters().getRetryAfter()).isEqualTo(7);
        assertThat(retried.getText()).isEqualTo("Job 7 failed");
        assertThat(telegram.tooManyRequestsAnswered()).isEqualTo(1);
    }

    @Test
    void floodControlRefusesTheFourthMessageToAChatWithinASecond() throws TelegramApiException {
        // given: a clock that stands still while the library sends
        MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:00:00Z"));
        telegram.close();
        useTelegram(FakeTelegram.builder(TOKEN).clock(clock).start());
        for (int i = 1; i <= 3; i++) {
            client.execute(new SendMessage("42", "Frame " + i + " done"));
        }

        // when
        TelegramApiRequestException fourth = catchThrowableOfType(
                TelegramApiRequestException.class, () -> client.execute(new SendMessage("42", "Frame 4 done")));
        clock.advance(Duration.ofSeconds(1));
        Message afterASecond = client.execute(new SendMessage("42", "Frame 4 done"));

        // then
        assertThat(fourth.getErrorCode()).isEqualTo(429);
        assertThat(fourth.getParameters().getRetryAfter()).isEqualTo(1);
        assertThat(afterASecond.getMessageId()).isEqualTo(4);
    }

    @Test
    void aUserWhoBlockedTheBotAnswersForbidden() {
        // given
        telegram.blockedBy(ALICE);

        // when
        TelegramApiRequestException failure = catchThrowableOfType(
                TelegramApiRequestException.class, () -> client.execute(new SendMessage("42", "Job 7 failed")));

        // then
        assertThat(failure.getErrorCode()).isEqualTo(403);
        assertThat(failure.getMessage()).contains("Forbidden: bot was blocked by the user");
    }

    @Test
    void aBadGatewaySurfacesAsARequestException() {
        // given
        telegram.failNext("sendmessage", 1, ApiError.badGateway());

        // when
        TelegramApiRequestException failure = catchThrowableOfType(
                TelegramApiRequestException.class, () -> client.execute(new SendMessage("42", "Job 7 failed")));

        // then
        assertThat(failure.getErrorCode()).isEqualTo(502);
    }

    @Test
    void theSpecCatchesAHandWrittenRequestWithoutChatIdWhileTheLibrarysPass() throws Exception {
        try (FakeTelegram strict = FakeTelegram.start(TOKEN)) {
            // given
            new OkHttpTelegramClient(okHttp, TOKEN, urlOf(strict)).execute(new SendMessage("42", "fine"));

            // when
            HttpResponse<String> answer = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(strict.url() + "/bot" + TOKEN + "/sendMessage"))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"no chat\"}"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());

            // then
            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.body()).contains("\"ok\":false").contains("chat_id is required");
            assertThat(strict.violations()).containsExactly(new Violation("sendMessage", "chat_id is required"));
        }
    }

    private void useTelegram(FakeTelegram fake) {
        telegram = fake;
        client = new OkHttpTelegramClient(okHttp, TOKEN, urlOf(fake));
    }

    private void registerStatusBot() throws TelegramApiException {
        app.registerBot(TOKEN, () -> urlOf(telegram), new DefaultGetUpdatesGenerator(), new StatusBot());
    }

    private static TelegramUrl urlOf(FakeTelegram fake) {
        return new TelegramUrl(fake.schema(), fake.host(), fake.port(), false);
    }

    private static byte[] png() throws IOException {
        var image = new java.awt.image.BufferedImage(4, 3, java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** A stand-in for our gateway: /status gets an HTML summary with a Refresh button, which edits it. */
    private final class StatusBot extends DefaultLongPollingUpdateConsumer {
        @Override
        public void consume(Update update) {
            try {
                if (update.hasMessage() && update.getMessage().getText().equals("/status")) {
                    replyToStatus(update.getMessage());
                } else if (update.hasCallbackQuery()) {
                    refresh(update);
                }
            } catch (TelegramApiException | RuntimeException e) {
                botFailures.add(e);
            }
        }

        private void replyToStatus(Message message) throws TelegramApiException {
            client.execute(SendMessage.builder()
                    .chatId(message.getChatId())
                    .text("<b>2 jobs</b> rendering for " + message.getFrom().getFirstName())
                    .parseMode(ParseMode.HTML)
                    .replyMarkup(keyboard())
                    .build());
        }

        private void refresh(Update update) throws TelegramApiException {
            var query = update.getCallbackQuery();
            client.execute(AnswerCallbackQuery.builder()
                    .callbackQueryId(query.getId())
                    .text("Refreshed")
                    .build());
            client.execute(EditMessageText.builder()
                    .chatId(query.getMessage().getChatId())
                    .messageId(query.getMessage().getMessageId())
                    .text("<b>2 jobs</b> rendering for Alice (refreshed)")
                    .parseMode(ParseMode.HTML)
                    .replyMarkup(keyboard())
                    .build());
        }

        private InlineKeyboardMarkup keyboard() {
            return InlineKeyboardMarkup.builder()
                    .keyboardRow(new InlineKeyboardRow(InlineKeyboardButton.builder()
                            .text("Refresh")
                            .callbackData("refresh")
                            .build()))
                    .build();
        }
    }
}
