package crashy.chat.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import crashy.job.JobId;
import crashy.message.ChatMessage;
import crashy.message.Picture;
import crashy.message.Tone;
import crashy.notification.Attachment;
import crashy.notification.Delivery;
import crashy.notification.Mode;
import crashy.notification.Outgoing;
import crashy.notification.Pictures;
import crashy.subscription.ChatPlatform;
import crashy.subscription.ChatUserId;
import crashy.testing.telegram.ApiError;
import crashy.testing.telegram.FakeTelegram;
import crashy.testing.telegram.InlineButton;
import crashy.testing.telegram.MessageKind;
import crashy.testing.telegram.RecordedRequest;
import crashy.testing.telegram.ShownMessage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;

/** The sender through the real telegrambots client against the fake Bot API, which checks every call. */
class TelegramChatSenderIntegrationTest {
    private static final String TOKEN = "123456:AAE-sender-test";
    private static final ChatUserId ALICE = new ChatUserId(ChatPlatform.TELEGRAM, "42");
    private static final ChatMessage FINISHED = ChatMessage.titled(
                    Tone.SUCCESS, "✅ Finished: shot<010> & co", "4 tasks in 12m")
            .withField("User", "alice")
            .withButton("Status", "status 64f0c2a1e4b0");

    private final FakeTelegram telegram = FakeTelegram.start(TOKEN);
    private final TelegramChatSender sender = senderFor(telegram);

    @AfterEach
    void checkEveryCallAgainstTheSpec() {
        telegram.close();
        assertThat(telegram.violations()).as("requests the Bot API refuses").isEmpty();
    }

    @Test
    void sendsAMessageWithAPictureAsAPhotoWhoseCaptionIsTheTextAndEditsOnlyTheCaption() throws IOException {
        // given: a sender whose pictures are one small JPEG
        byte[] jpeg = jpeg();
        Pictures drawn = message -> new Outgoing(
                message.withoutPicture().withField("Preview", "frame 12"),
                Optional.of(new Attachment("shot010-frame-12.jpg", jpeg)));
        TelegramChatSender withPictures = new TelegramChatSender(
                new OkHttpTelegramClient(
                        TOKEN,
                        TelegramProperties.of(TOKEN, telegram.url(), Set.of()).telegramUrl()),
                new TelegramPacer(Clock.systemUTC()),
                Clock.systemUTC(),
                drawn);
        ChatMessage framed = FINISHED.withPicture(Picture.frame(new JobId("64f0c2a1e4b0"), 12));

        // when
        Delivery sent = withPictures.send(ALICE, framed, "k1", Mode.NEW);
        Delivery edited = withPictures.edit(
                ALICE, ((Delivery.Sent) sent).messageRef(), framed.withField("AI summary", "a texture is missing"));

        // then
        ShownMessage shown = telegram.chat(42).lastMessage();
        assertThat(edited).isEqualTo(sent);
        assertThat(shown.kind()).isEqualTo(MessageKind.PHOTO);
        assertThat(shown.file().bytes()).isEqualTo(jpeg);
        assertThat(shown.file().fileName()).isEqualTo("shot010-frame-12.jpg");
        assertThat(shown.plainText())
                .isEqualTo("✅ Finished: shot<010> & co\n4 tasks in 12m\nUser: alice\nAI summary: a texture is missing");
        assertThat(shown.inlineKeyboard())
                .containsExactly(List.of(new InlineButton("Status", "status 64f0c2a1e4b0", "")));
        assertThat(telegram.requests("editMessageCaption")).hasSize(1);
        assertThat(telegram.requests("editMessageText")).isEmpty();
    }

    @Test
    void cutsAPhotosCaptionToTelegramsLimit() {
        String caption = TelegramMessages.html(
                ChatMessage.titled(Tone.FAILURE, "❌ Failed", "x".repeat(1790)).withField("Preview", "frame 1"),
                java.time.Instant.EPOCH,
                TelegramMessages.MAX_CAPTION);

        assertThat(caption).hasSizeLessThanOrEqualTo(TelegramMessages.MAX_CAPTION + "<b></b>".length());
        assertThat(caption).endsWith("…");
    }

    @Test
    void sendsAnHtmlDmToTheUsersPrivateChatWithItsButtons() {
        // when
        Delivery delivery = sender.send(ALICE, FINISHED, "k1", Mode.NEW);

        // then
        ShownMessage shown = telegram.chat(42).lastMessage();
        assertThat(delivery).isEqualTo(new Delivery.Sent(Integer.toString(shown.messageId())));
        assertThat(shown.parseMode()).isEqualToIgnoringCase("HTML");
        assertThat(shown.text()).startsWith("<b>✅ Finished: shot&lt;010&gt; &amp; co</b>\n");
        assertThat(shown.plainText()).isEqualTo("✅ Finished: shot<010> & co\n4 tasks in 12m\nUser: alice");
        assertThat(shown.inlineKeyboard())
                .containsExactly(List.of(new InlineButton("Status", "status 64f0c2a1e4b0", "")));
        assertThat(telegram.awaitRequest("sendMessage").text("disable_notification"))
                .isEmpty();
    }

    @Test
    void sendsTheLivingProgressMessageSilently() {
        // when
        sender.send(ALICE, ChatMessage.text("🟦 shot010 ▓▓░░░░░░░░  20%"), "k1", Mode.LIVE);

        // then
        assertThat(telegram.awaitRequest("sendMessage").text("disable_notification"))
                .contains("true");
    }

    @Test
    void editsTheMessageInPlace() {
        // given
        String ref = sent(sender.send(ALICE, ChatMessage.text("20%"), "k1", Mode.LIVE));

        // when
        Delivery edited = sender.edit(ALICE, ref, ChatMessage.text("40%"));

        // then
        assertThat(edited).isEqualTo(new Delivery.Sent(ref));
        assertThat(telegram.chat(42).versions(Integer.parseInt(ref)))
                .extracting(ShownMessage::plainText)
                .containsExactly("20%", "40%");
    }

    @Test
    void countsAnEditThatChangesNothingAsSent() {
        // given
        String ref = sent(sender.send(ALICE, ChatMessage.text("40%"), "k1", Mode.LIVE));

        // when
        Delivery edited = sender.edit(ALICE, ref, ChatMessage.text("40%"));

        // then
        assertThat(edited).isEqualTo(new Delivery.Sent(ref));
        assertThat(telegram.requests("editMessageText"))
                .singleElement()
                .extracting(RecordedRequest::status)
                .isEqualTo(400);
    }

    @Test
    void retriesNoSoonerThanFloodControlAsks() {
        // given
        telegram.failNext("sendMessage", 1, ApiError.tooManyRequests(7));

        // when
        Delivery delivery = sender.send(ALICE, FINISHED, "k1", Mode.NEW);

        // then
        assertThat(delivery)
                .isInstanceOfSatisfying(
                        Delivery.RetryLater.class,
                        retry -> assertThat(retry.after()).isGreaterThanOrEqualTo(Duration.ofSeconds(7)));
        assertThat(telegram.chat(42).messages()).isEmpty();
    }

    @Test
    void givesUpOnAUserWhoBlockedTheBot() {
        // given
        telegram.blockedBy(42);

        // when
        Delivery delivery = sender.send(ALICE, FINISHED, "k1", Mode.NEW);

        // then
        assertThat(delivery).isEqualTo(new Delivery.Undeliverable("Forbidden: bot was blocked by the user"));
    }

    @Test
    void givesUpOnEditingAMessageThatIsGoneSoANewOneIsSent() {
        // when
        Delivery delivery = sender.edit(ALICE, "999", ChatMessage.text("40%"));

        // then
        assertThat(delivery).isInstanceOf(Delivery.Undeliverable.class);
    }

    @Test
    void retriesShortlyWhenTelegramFails() {
        // given
        telegram.failNext("sendMessage", 1, ApiError.badGateway());

        // when
        Delivery delivery = sender.send(ALICE, FINISHED, "k1", Mode.NEW);

        // then
        assertThat(delivery).isEqualTo(new Delivery.RetryLater(Duration.ofSeconds(2), "Bad Gateway"));
    }

    @Test
    void retriesShortlyWhenTelegramCannotBeReached() {
        // given
        telegram.close();

        // when
        Delivery delivery = sender.send(ALICE, FINISHED, "k1", Mode.NEW);

        // then
        assertThat(delivery).isInstanceOfSatisfying(Delivery.RetryLater.class, retry -> {
            assertThat(retry.after()).isEqualTo(Duration.ofSeconds(2));
            assertThat(retry.why()).startsWith("Telegram is unreachable").doesNotContain(TOKEN);
        });
    }

    @Test
    void sendsADmTwiceWhenTelegramTookItButItsAnswerWasLost() {
        // given: Telegram carries the first send out, but its answer never reaches Crashy
        telegram.loseAnswersTo("sendMessage", 1);

        // when: the outbox tries again, as after any failure
        Delivery lost = sender.send(ALICE, FINISHED, "k1", Mode.NEW);
        Delivery again = sender.send(ALICE, FINISHED, "k1", Mode.NEW);

        // then: the Bot API has no idempotency key, so the artist has the DM twice, and the first failure says so
        assertThat(lost)
                .isInstanceOfSatisfying(
                        Delivery.RetryLater.class,
                        retry -> assertThat(retry.why())
                                .startsWith("Telegram's answer was lost; the message may have gone through"));
        assertThat(again).isInstanceOf(Delivery.Sent.class);
        assertThat(telegram.chat(42).messages()).hasSize(2);
    }

    @Test
    void pacesABurstToOneChatSoFloodControlNeverAnswers() {
        // when: twice what Telegram lets through at once, while its limits are in force
        for (int i = 1; i <= 4; i++) {
            assertThat(sender.send(ALICE, ChatMessage.text("Frame " + i + " done"), "k" + i, Mode.NEW))
                    .isInstanceOf(Delivery.Sent.class);
        }

        // then
        assertThat(telegram.tooManyRequestsAnswered()).isZero();
        assertThat(telegram.chat(42).messages()).hasSize(4);
    }

    @Test
    void refusesAnIdThatIsNotATelegramUser() {
        assertThat(sender.send(new ChatUserId(ChatPlatform.DISCORD, "42"), FINISHED, "k1", Mode.NEW))
                .isInstanceOf(Delivery.Undeliverable.class);
        assertThat(telegram.requests()).isEmpty();
    }

    private static String sent(Delivery delivery) {
        assertThat(delivery).isInstanceOf(Delivery.Sent.class);
        return ((Delivery.Sent) delivery).messageRef();
    }

    private static byte[] jpeg() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(32, 18, BufferedImage.TYPE_INT_RGB), "jpg", out);
        return out.toByteArray();
    }

    private static TelegramChatSender senderFor(FakeTelegram fake) {
        TelegramProperties properties = TelegramProperties.of(TOKEN, fake.url(), Set.of());
        return new TelegramChatSender(
                new OkHttpTelegramClient(TOKEN, properties.telegramUrl()),
                new TelegramPacer(Clock.systemUTC()),
                Clock.systemUTC(),
                Pictures.none());
    }
}
