package crashy.chat.discord;

import static org.assertj.core.api.Assertions.assertThat;

import crashy.message.ChatMessage;
import crashy.message.Tone;
import crashy.notification.Delivery;
import crashy.notification.Mode;
import crashy.notification.Pictures;
import crashy.notification.SendWindow;
import crashy.subscription.ChatPlatform;
import crashy.subscription.ChatUserId;
import crashy.testing.discord.FakeDiscord;
import crashy.testing.discord.FakeDiscordJda;
import crashy.testing.discord.FakeUser;
import crashy.testing.discord.HeldAnswer;
import crashy.testing.discord.JdaLogGuard;
import crashy.testing.discord.RateLimits;
import crashy.testing.discord.RecordedCall;
import crashy.testing.discord.StoredMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The sender with the real JDA against the fake Discord: DMs, edits, each way Discord refuses or fails, one channel
 * opened per user, and bursts kept under the global limit.
 */
class DiscordChatSenderIntegrationTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String MESSAGES = "channels/{channel_id}/messages";
    private static final String OPEN = "users/@me/channels";

    @RegisterExtension
    final JdaLogGuard jdaLog = new JdaLogGuard();

    private final FakeDiscord discord = FakeDiscord.builder().artists(12).start();
    private final FakeUser alice = discord.person("alice");
    private JDA jda;
    private DiscordChatSender sender;

    @BeforeEach
    void connect() {
        jda = FakeDiscordJda.awaitReady(FakeDiscordJda.light(discord), jdaLog);
        sender = new DiscordChatSender(() -> jda, DiscordChatSender.TIMEOUT, Pictures.none());
    }

    @AfterEach
    void stop() {
        FakeDiscordJda.shutdown(jda);
        discord.close();
        assertThat(discord.callsToUnknownRoutes()).isEmpty();
        assertThat(discord.messagesThatMayPing()).isEmpty();
    }

    @Test
    void sendsADirectMessageWithAnEmbedAndButtonsThatBuzzesThePhone() {
        Delivery delivery = sender.send(user(alice), finished(), "discord:4001/job1/7/NEW", Mode.NEW);

        StoredMessage dm = discord.directMessagesTo(alice).get(0);
        assertThat(delivery).isEqualTo(new Delivery.Sent(dm.id()));
        assertThat(dm.embeds().get(0).path("title").asText()).isEqualTo("✅ Finished: shot010");
        assertThat(dm.embeds().get(0).path("color").asInt()).isEqualTo(Tone.SUCCESS.rgb());
        assertThat(dm.customIds()).containsExactly("status 64f0aa", "why 64f0aa");
        assertThat(dm.flags() & 4096).isZero();
        assertThat(dm.allowedMentions().pingsNobody()).isTrue();
        RecordedCall post = discord.awaitCall("POST", MESSAGES, WAIT);
        assertThat(post.json().path("nonce").asText())
                .isEqualTo(DiscordChatSender.nonce("discord:4001/job1/7/NEW"))
                .hasSizeLessThanOrEqualTo(25);
        assertThat(post.json().path("enforce_nonce").asBoolean()).isTrue();
    }

    @Test
    void sendsTheLivingMessageSilentlyAndEditsItInPlace() {
        ChatMessage rendering = ChatMessage.titled(Tone.PROGRESS, "🟦 shot010", "▓▓░░░░░░░░  20%");
        ChatMessage further = ChatMessage.titled(Tone.PROGRESS, "🟦 shot010", "▓▓▓▓▓▓░░░░  60%");

        Delivery sent = sender.send(user(alice), rendering, "discord:4001/job1/3/LIVE", Mode.LIVE);
        String ref = ((Delivery.Sent) sent).messageRef();
        Delivery edited = sender.edit(user(alice), ref, further);

        assertThat(edited).isEqualTo(new Delivery.Sent(ref));
        assertThat(discord.history(ref))
                .extracting(
                        version -> version.embeds().get(0).path("description").asText())
                .containsExactly("▓▓░░░░░░░░  20%", "▓▓▓▓▓▓░░░░  60%");
        assertThat(discord.history(ref).get(0).flags() & 4096).isEqualTo(4096);
        assertThat(discord.directMessagesTo(alice)).hasSize(1);
    }

    @Test
    void aRepeatedAttemptAtTheSameNotificationFindsTheFirstMessage() {
        Delivery first = sender.send(user(alice), finished(), "discord:4001/job1/7/NEW", Mode.NEW);
        Delivery again = sender.send(user(alice), finished(), "discord:4001/job1/7/NEW", Mode.NEW);
        Delivery other = sender.send(user(alice), finished(), "discord:4001/job1/8/NEW", Mode.NEW);

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(discord.directMessagesTo(alice)).hasSize(2);
    }

    @Test
    void opensEachUsersDirectMessageChannelOnce() {
        Delivery living = sender.send(user(alice), rendering(), "discord:4001/job1/3/LIVE", Mode.LIVE);
        sender.send(user(alice), finished(), "discord:4001/job1/7/NEW", Mode.NEW);
        sender.edit(user(alice), ((Delivery.Sent) living).messageRef(), rendering());
        sender.send(user(discord.person("bob")), finished(), "discord:4002/job2/7/NEW", Mode.NEW);

        assertThat(discord.calls())
                .filteredOn(call -> call.is("POST", OPEN))
                .extracting(call -> call.json().path("recipient_id").asText())
                .containsExactly("4001", "4002");
        assertThat(discord.directMessagesTo(alice)).hasSize(2);
    }

    @Test
    void opensTheChannelAgainAfterARequestToItFailed() {
        sender.send(user(alice), finished(), "discord:4001/job1/7/NEW", Mode.NEW);
        discord.failNext(1, "POST", MESSAGES, 500);

        Delivery failed = sender.send(user(alice), finished(), "discord:4001/job1/8/NEW", Mode.NEW);
        Delivery retried = sender.send(user(alice), finished(), "discord:4001/job1/8/NEW", Mode.NEW);

        assertThat(failed).isInstanceOf(Delivery.RetryLater.class);
        assertThat(retried).isInstanceOf(Delivery.Sent.class);
        assertThat(discord.calls()).filteredOn(call -> call.is("POST", OPEN)).hasSize(2);
    }

    @Test
    void aBurstOfDirectMessagesToManyUsersStaysUnderTheGlobalLimit() throws Exception {
        // given: a Discord that takes ten requests a second, a sender that keeps to nine in 1.1 s, and twelve artists
        discord.setRateLimits(RateLimits.discordLike().withGlobalPerSecond(10));
        DiscordChatSender paced = new DiscordChatSender(
                () -> jda, WAIT, Pictures.none(), new SendWindow(9, Duration.ofMillis(1100), Clock.systemUTC()));
        List<FakeUser> artists = discord.world().artists();
        ExecutorService couriers = Executors.newFixedThreadPool(artists.size());

        // when: each gets a DM at once, an open and a send
        List<Future<Delivery>> deliveries = new ArrayList<>();
        try {
            for (FakeUser artist : artists) {
                deliveries.add(couriers.submit(() ->
                        paced.send(user(artist), finished(), "discord:" + artist.id() + "/job1/7/NEW", Mode.NEW)));
            }
            for (Future<Delivery> delivery : deliveries) {
                assertThat(delivery.get(WAIT.toMillis(), TimeUnit.MILLISECONDS)).isInstanceOf(Delivery.Sent.class);
            }
        } finally {
            couriers.shutdownNow();
        }

        // then
        assertThat(discord.tooManyRequestsCount()).isZero();
        assertThat(discord.calls())
                .filteredOn(call -> call.is("POST", MESSAGES))
                .hasSize(12);
    }

    @Test
    void someoneWhoRefusesDirectMessagesIsUndeliverable() {
        FakeUser carol = discord.person("carol");
        discord.refuseDirectMessages(carol);

        Delivery delivery = sender.send(user(carol), finished(), "discord:4003/job1/7/NEW", Mode.NEW);

        assertThat(delivery).isInstanceOf(Delivery.Undeliverable.class);
        assertThat(((Delivery.Undeliverable) delivery).why()).contains("refuses DMs");
        assertThat(discord.directMessagesTo(carol)).isEmpty();
    }

    @Test
    void editingAMessageThatIsGoneIsUndeliverableSoANewOneIsSent() {
        sender.send(user(alice), finished(), "discord:4001/job1/7/NEW", Mode.NEW);

        Delivery delivery = sender.edit(user(alice), "1234567890123", finished());

        assertThat(delivery).isEqualTo(new Delivery.Undeliverable("the message is gone from Discord"));
    }

    @Test
    void anUnknownUserOrOneThatIsNoDiscordIdIsUndeliverable() {
        Delivery unknown = sender.send(
                new ChatUserId(ChatPlatform.DISCORD, "999999"), finished(), "discord:999999/job1/7/NEW", Mode.NEW);
        Delivery notAnId = sender.send(
                new ChatUserId(ChatPlatform.DISCORD, "alice"), finished(), "discord:alice/job1/7/NEW", Mode.NEW);

        assertThat(unknown).isInstanceOf(Delivery.Undeliverable.class);
        assertThat(notAnId).isEqualTo(new Delivery.Undeliverable("not a Discord user id"));
    }

    @Test
    void aRateLimitedDirectMessageIsDeliveredOnceAfterTheWait() {
        discord.rateLimitNext(1, "POST", MESSAGES, 1);

        Delivery delivery = sender.send(user(alice), finished(), "discord:4001/job1/7/NEW", Mode.NEW);

        assertThat(delivery).isInstanceOf(Delivery.Sent.class);
        assertThat(discord.calls())
                .filteredOn(call -> call.is("POST", MESSAGES))
                .extracting(RecordedCall::status)
                .containsExactly(429, 200);
        assertThat(discord.directMessagesTo(alice)).hasSize(1);
    }

    @Test
    void aFailingDiscordMeansTryAgainSoon() {
        discord.failNext(1, "POST", MESSAGES, 500);

        Delivery delivery = sender.send(user(alice), finished(), "discord:4001/job1/7/NEW", Mode.NEW);

        assertThat(delivery).isInstanceOf(Delivery.RetryLater.class);
        assertThat(((Delivery.RetryLater) delivery).after()).isEqualTo(DiscordFailures.SOON);
        assertThat(discord.directMessagesTo(alice)).isEmpty();
    }

    @Test
    void aDiscordThatDoesNotAnswerInTimeMeansTryAgainAndTheRetryFindsTheMessage() throws Exception {
        DiscordChatSender impatient = new DiscordChatSender(() -> jda, Duration.ofMillis(500), Pictures.none());
        HeldAnswer hold = discord.holdAnswer(call -> call.is("POST", MESSAGES));

        Delivery timedOut = impatient.send(user(alice), finished(), "discord:4001/job1/7/NEW", Mode.NEW);
        hold.awaitHeld(WAIT);
        hold.release();
        Delivery retried = sender.send(user(alice), finished(), "discord:4001/job1/7/NEW", Mode.NEW);

        assertThat(timedOut).isInstanceOf(Delivery.RetryLater.class);
        assertThat(((Delivery.RetryLater) timedOut).why()).isEqualTo("Discord did not answer within 0s");
        StoredMessage dm = discord.directMessagesTo(alice).get(0);
        assertThat(retried).isEqualTo(new Delivery.Sent(dm.id()));
        assertThat(discord.directMessagesTo(alice)).hasSize(1);
    }

    @Test
    void whileDiscordIsNotConnectedItMeansTryAgainSoon() {
        DiscordChatSender offline = new DiscordChatSender(
                () -> {
                    throw new IllegalStateException("Discord is not connected");
                },
                DiscordChatSender.TIMEOUT,
                Pictures.none());

        Delivery delivery = offline.send(user(alice), finished(), "discord:4001/job1/7/NEW", Mode.NEW);

        assertThat(delivery)
                .isEqualTo(new Delivery.RetryLater(
                        DiscordFailures.SOON, "Discord cannot be reached: Discord is not connected"));
    }

    private static ChatMessage rendering() {
        return ChatMessage.titled(Tone.PROGRESS, "🟦 shot010", "▓▓░░░░░░░░  20%");
    }

    private static ChatMessage finished() {
        return ChatMessage.titled(Tone.SUCCESS, "✅ Finished: shot010", "10 tasks in 12m")
                .withField("User", "alice")
                .withButton("Status", "status 64f0aa")
                .withButton("Why?", "why 64f0aa");
    }

    private static ChatUserId user(FakeUser user) {
        return new ChatUserId(ChatPlatform.DISCORD, user.id());
    }
}
