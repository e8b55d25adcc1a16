package crashy.chat.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import crashy.command.CommandCatalog;
import crashy.message.ChatMessage;
import crashy.notification.ChatSender;
import crashy.notification.Delivery;
import crashy.notification.Mode;
import crashy.notification.Pictures;
import crashy.subscription.ChatPlatform;
import crashy.subscription.ChatUserId;
import crashy.subscription.LinkInvitations;
import crashy.subscription.SubscriptionService;
import crashy.subscription.TestSubscriptions;
import crashy.testing.CapturedLog;
import crashy.testing.telegram.FakeTelegram;
import crashy.testing.telegram.ShownMessage;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** Telegram's beans exist exactly when a token is set, and a token Telegram refuses stops startup in one line. */
class TelegramConfigurationTest {
    private static final String TOKEN = "123456:AAE-configuration-test";

    private final FakeTelegram telegram = FakeTelegram.start(TOKEN);
    private final SubscriptionService subscriptions = TestSubscriptions.create(Clock.systemUTC(), "alice");
    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withBean(Clock.class, Clock::systemUTC)
            .withBean(SubscriptionService.class, () -> subscriptions)
            .withBean(CommandCatalog.class, () -> new CommandCatalog(List.of(), subscriptions))
            .withBean(Pictures.class, Pictures::none)
            .withUserConfiguration(TelegramConfiguration.class, TelegramOffNotice.class)
            .withPropertyValues("crashy.telegram.api-url=" + telegram.url());

    @AfterEach
    void stopTelegram() {
        telegram.close();
    }

    @Test
    void buildsTheClientAndLearnsTheBotsUsernameWhenATokenIsSet() {
        context.withPropertyValues("crashy.telegram.token=" + TOKEN, "crashy.telegram.allowed-users=42, 7")
                .run(started -> {
                    assertThat(started).hasSingleBean(TelegramClient.class).doesNotHaveBean(TelegramOffNotice.class);
                    assertThat(started).hasSingleBean(ChatSender.class).hasSingleBean(TelegramGateway.class);
                    assertThat(started.getBean(TelegramProperties.class))
                            .isEqualTo(TelegramProperties.of(TOKEN, telegram.url(), Set.of(42L, 7L)));
                    assertThat(started.getBean(LinkInvitations.class).deepLink("K7QX2M9PLT"))
                            .contains("https://t.me/crashy_test_bot?start=K7QX2M9PLT");
                });
        assertThat(telegram.violations()).isEmpty();
    }

    @Test
    void leavesADmWhoseAnswerWasLostOnAReusedConnectionToTheOutboxInsteadOfSendingItAgainUnseen() {
        context.withPropertyValues("crashy.telegram.token=" + TOKEN).run(started -> {
            // given: a DM went out, so the next one goes over the same connection
            ChatSender sender = started.getBean(ChatSender.class);
            ChatUserId ann = new ChatUserId(ChatPlatform.TELEGRAM, "42");
            sender.send(ann, ChatMessage.text("Rendering"), "k1", Mode.NEW);
            telegram.loseAnswersTo("sendMessage", 1);

            // when: Telegram takes the next DM, but the connection drops before its answer arrives
            Delivery lost = sender.send(ann, ChatMessage.text("Finished"), "k2", Mode.NEW);

            // then: the outbox hears that and decides about a retry; the HTTP client did not send the DM again itself
            assertThat(lost).isInstanceOf(Delivery.RetryLater.class);
            assertThat(telegram.chat(42).messages())
                    .extracting(ShownMessage::plainText)
                    .containsExactly("Rendering", "Finished");
        });
        assertThat(telegram.violations()).isEmpty();
    }

    @Test
    void staysOffWithOneLineWhenThereIsNoToken() {
        try (CapturedLog log = CapturedLog.of("crashy.chat.telegram")) {
            context.withPropertyValues("crashy.telegram.token= ").run(started -> {
                assertThat(started).hasNotFailed();
                assertThat(started).doesNotHaveBean(TelegramClient.class).doesNotHaveBean(LinkInvitations.class);
                assertThat(started).doesNotHaveBean(ChatSender.class).doesNotHaveBean(TelegramGateway.class);
            });

            assertThat(log.lines()).containsExactly("INFO Telegram is off: CRASHY_TELEGRAM_TOKEN is not set");
        }
        assertThat(telegram.requests()).isEmpty();
    }

    @Test
    void staysOffWhenDisabledEvenWithAToken() {
        try (CapturedLog log = CapturedLog.of("crashy.chat.telegram")) {
            context.withPropertyValues("crashy.telegram.token=" + TOKEN, "crashy.telegram.enabled=false")
                    .run(started -> assertThat(started).doesNotHaveBean(TelegramClient.class));

            assertThat(log.lines()).containsExactly("INFO Telegram is off: CRASHY_TELEGRAM_ENABLED is false");
        }
    }

    @Test
    void staysOffWhenDisabledTheWayYamlSaysNo() {
        context.withPropertyValues("crashy.telegram.token=" + TOKEN, "crashy.telegram.enabled=off")
                .run(started -> assertThat(started).hasNotFailed().doesNotHaveBean(TelegramClient.class));
    }

    @Test
    void refusesAnEnabledSettingThatIsNoBoolean() {
        context.withPropertyValues("crashy.telegram.token=" + TOKEN, "crashy.telegram.enabled=maybe")
                .run(started -> assertThat(started)
                        .hasFailed()
                        .getFailure()
                        .hasStackTraceContaining("crashy.telegram.enabled"));
    }

    @Test
    void stopsStartupNamingTheSettingWhenTelegramRefusesTheToken() {
        context.withPropertyValues("crashy.telegram.token=123456:AAE-revoked")
                .run(started -> assertThat(started)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .isInstanceOf(TelegramTokenRefusedException.class)
                        .hasMessage("CRASHY_TELEGRAM_TOKEN was refused by Telegram (401 Unauthorized): set it to the"
                                + " token @BotFather gave the bot")
                        .hasNoCause());
    }

    @Test
    void startsAnywayWhenTelegramDoesNotAnswerYet() {
        context.withPropertyValues("crashy.telegram.token=" + TOKEN, "crashy.telegram.api-url=http://127.0.0.1:9")
                .run(started -> {
                    assertThat(started).hasNotFailed();
                    assertThat(started.getBean(LinkInvitations.class).deepLink("K7QX2M9PLT"))
                            .isEmpty();
                });
    }

    @Test
    void usesTheRealBotApiUnlessToldOtherwise() {
        new ApplicationContextRunner()
                .withUserConfiguration(PropertiesOnly.class)
                .run(started -> assertThat(
                                started.getBean(TelegramProperties.class).apiUrl())
                        .isEqualTo(URI.create("https://api.telegram.org")));
    }

    @Test
    void anEmptyAllowlistVouchesForNobody() {
        new ApplicationContextRunner()
                .withUserConfiguration(PropertiesOnly.class)
                .withPropertyValues("crashy.telegram.allowed-users=")
                .run(started -> assertThat(
                                started.getBean(TelegramProperties.class).allowedUsers())
                        .isEmpty());
    }

    @org.springframework.boot.context.properties.EnableConfigurationProperties(TelegramProperties.class)
    static class PropertiesOnly {}
}
