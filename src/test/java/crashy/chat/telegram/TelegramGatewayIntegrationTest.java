package crashy.chat.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import crashy.command.ChatCommand;
import crashy.command.CommandCatalog;
import crashy.command.CommandReply;
import crashy.command.CommandRequest;
import crashy.command.CommandSpec;
import crashy.command.TestCommands;
import crashy.farm.FarmPollerFixture;
import crashy.job.Jobs;
import crashy.notification.Pictures;
import crashy.subscription.ChatUser;
import crashy.subscription.LinkCode;
import crashy.subscription.SubscriptionService;
import crashy.subscription.TestSubscriptions;
import crashy.subscription.Trust;
import crashy.testing.CapturedLog;
import crashy.testing.telegram.FakeTelegram;
import crashy.testing.telegram.InlineButton;
import crashy.testing.telegram.MenuCommand;
import crashy.testing.telegram.RecordedRequest;
import crashy.testing.telegram.ShownMessage;
import crashy.testing.telegram.TelegramChat;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The gateway with the real telegrambots long polling against the fake Bot API, the real command catalog over a
 * board with one rendering job, and subscriptions in the embedded database.
 */
class TelegramGatewayIntegrationTest {
    private static final String TOKEN = "123456:AAE-gateway-test";
    private static final String JOB = "aaaaaaaaaaaaaaaaaaaaaaa1";
    private static final long MEMBER = 42;
    private static final long STRANGER = 99;
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final FarmPollerFixture farm = FarmPollerFixture.withJobs(Jobs.rendering(JOB, 5, 1, 4));
    private final SubscriptionService subscriptions = TestSubscriptions.create(farm.clock(), "alice", "bob");
    private final FakeTelegram telegram = FakeTelegram.start(TOKEN);
    private final TelegramProperties properties = TelegramProperties.of(TOKEN, telegram.url(), Set.of(MEMBER));
    private final TelegramClient client = new OkHttpTelegramClient(TOKEN, properties.telegramUrl());
    private final CommandCatalog catalog = TestCommands.catalog(
            farm.board(), subscriptions, farm.clock(), new TelegramBotAccount(client), new FailingCommand());
    private final TelegramChatSender sender =
            new TelegramChatSender(client, new TelegramPacer(Clock.systemUTC()), farm.clock(), Pictures.none());
    private final TelegramGateway gateway = new TelegramGateway(
            properties, client, catalog, new TelegramUpdateHandler(catalog, subscriptions, properties, client, sender));

    @BeforeEach
    void startGateway() {
        gateway.start();
    }

    @AfterEach
    void stopEverything() {
        gateway.stop();
        telegram.close();
        assertThat(telegram.violations()).as("requests the Bot API refuses").isEmpty();
    }

    @Test
    void publishesEveryCommandInTheMenuWithANameTelegramAccepts() {
        // then
        assertThat(telegram.commands())
                .extracting(MenuCommand::command)
                .containsExactlyElementsOf(
                        catalog.specs().stream().map(CommandSpec::name).toList())
                .contains("status", "link", "help")
                .allMatch(name -> name.matches("[a-z0-9_]{1,32}"));
    }

    @Test
    void answersStatusFromAnAllowListedMemberInHtml() {
        // when
        telegram.pushTextMessage(MEMBER, "Ann", "/status");

        // then
        ShownMessage reply = firstReply(MEMBER);
        assertThat(reply.parseMode()).isEqualToIgnoringCase("HTML");
        assertThat(reply.text()).startsWith("<b>Render farm</b>\n");
        assertThat(reply.plainText()).contains("shot010_lighting").contains("alice");
    }

    @Test
    void refusesAStrangerInOneLineWithoutAnyFarmData() {
        // when
        telegram.pushTextMessage(STRANGER, "Eve", "/status");
        telegram.pushTextMessage(STRANGER, "Eve", "/status shot010");
        telegram.pushTextMessage(STRANGER, "Eve", "/jobs");

        // then
        List<ShownMessage> replies = telegram.awaitChat(
                        STRANGER, chat -> chat.messages().size() == 3, WAIT)
                .messages();
        assertThat(replies).allSatisfy(reply -> {
            assertThat(reply.plainText()).startsWith("🔒 ").doesNotContain("\n");
            assertThat(reply.plainText()).doesNotContain("shot010").doesNotContain("alice");
            assertThat(reply.inlineKeyboard()).isEmpty();
        });
    }

    @Test
    void linksTheAccountOfAStartCodeMadeOnDiscord() {
        // given: an artist linked on Discord asks for a code
        ChatUser onDiscord = subscriptions.user(TestSubscriptions.discord("555"), "Ann");
        subscriptions.link(onDiscord, "alice", Trust.MEMBER, false);
        LinkCode code = subscriptions.newLinkCode(subscriptions.user(onDiscord.id(), "Ann"));

        // when: they open the t.me link on their phone, then ask for the farm
        telegram.pushTextMessage(STRANGER, "Ann", "/start " + code.code());
        telegram.pushTextMessage(STRANGER, "Ann", "/status");

        // then
        TelegramChat chat =
                telegram.awaitChat(STRANGER, shown -> shown.messages().size() == 2, WAIT);
        assertThat(chat.messages().get(0).plainText())
                .startsWith("🔗 This Telegram account is now linked to the Deadline user alice.");
        assertThat(subscriptions
                        .user(TestSubscriptions.telegram(Long.toString(STRANGER)), "Ann")
                        .linkedTo())
                .contains("alice");
        assertThat(chat.messages().get(1).plainText()).contains("shot010_lighting");
    }

    @Test
    void refusesALinkCodeThatIsUnknown() {
        // when
        telegram.pushTextMessage(STRANGER, "Eve", "/start K7QX2M9PLT");

        // then
        assertThat(firstReply(STRANGER).plainText()).startsWith("That link code is unknown or expired.");
        assertThat(subscriptions
                        .user(TestSubscriptions.telegram(Long.toString(STRANGER)), "Eve")
                        .isLinked())
                .isFalse();
    }

    @Test
    void greetsAPlainStartAndSaysHowToLink() {
        // when
        telegram.pushTextMessage(STRANGER, "Eve", "/start");

        // then
        assertThat(firstReply(STRANGER).plainText())
                .startsWith("👋 Hi!")
                .contains("send /link telegram to Crashy in the school Discord");
    }

    @Test
    void runsTheCommandOfAPressedButtonAfterAnsweringThePress() {
        // given
        telegram.pushTextMessage(MEMBER, "Ann", "/status shot010");
        ShownMessage detail = firstReply(MEMBER);
        InlineButton subscribe = detail.inlineKeyboard().get(0).get(0);
        assertThat(subscribe).isEqualTo(new InlineButton("Subscribe", "subscribe " + JOB, ""));

        // when
        String queryId = telegram.pushCallbackQuery(MEMBER, detail.messageId(), subscribe.callbackData());

        // then
        TelegramChat chat = telegram.awaitChat(MEMBER, shown -> shown.messages().size() == 2, WAIT);
        assertThat(chat.lastMessage().plainText()).startsWith("🔔 Subscribed to \"shot010_lighting\" (alice).");
        assertThat(telegram.callbackAnswer(queryId)).isPresent();
        List<String> calls = telegram.requests().stream()
                .map(RecordedRequest::method)
                .filter(method -> !method.equals("getUpdates"))
                .toList();
        assertThat(calls.subList(calls.indexOf("answerCallbackQuery"), calls.size()))
                .containsExactly("answerCallbackQuery", "sendMessage");
    }

    @Test
    void apologisesAndLogsOneErrorWhenACommandFails() {
        try (CapturedLog log = CapturedLog.of("crashy.chat.telegram")) {
            // when
            telegram.pushTextMessage(MEMBER, "Ann", "/fail");

            // then
            assertThat(firstReply(MEMBER).plainText()).isEqualTo(TelegramUpdateHandler.APOLOGY);
            assertThat(log.lines("ERROR"))
                    .singleElement()
                    .asString()
                    .contains("user=telegram:42")
                    .contains("IllegalStateException: the farm's database is on fire");
        }
    }

    @Test
    void pointsToHelpForTextThatIsNoCommand() {
        // when
        telegram.pushTextMessage(MEMBER, "Ann", "/frobnicate");

        // then
        assertThat(firstReply(MEMBER).plainText()).isEqualTo("I don't know that command. Send /help for the list.");
    }

    private ShownMessage firstReply(long chatId) {
        return telegram.awaitChat(chatId, chat -> !chat.messages().isEmpty(), WAIT)
                .messages()
                .get(0);
    }

    /** A command that breaks, as a bug would. */
    private static final class FailingCommand implements ChatCommand {
        @Override
        public CommandSpec spec() {
            return CommandSpec.named("fail", "Always fails");
        }

        @Override
        public CommandReply handle(CommandRequest request) {
            throw new IllegalStateException("the farm's database is on fire");
        }
    }
}
