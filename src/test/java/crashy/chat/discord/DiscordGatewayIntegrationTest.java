package crashy.chat.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import crashy.command.ChatCommand;
import crashy.command.CommandCatalog;
import crashy.command.CommandReply;
import crashy.command.CommandRequest;
import crashy.command.CommandSpec;
import crashy.command.TestCommands;
import crashy.farm.FarmPollerFixture;
import crashy.job.Jobs;
import crashy.message.ChatMessage;
import crashy.message.Tone;
import crashy.notification.Pictures;
import crashy.subscription.Interest;
import crashy.subscription.JobInterest;
import crashy.subscription.SubscriptionService;
import crashy.subscription.TestSubscriptions;
import crashy.testing.discord.DiscordWorld;
import crashy.testing.discord.FakeDiscord;
import crashy.testing.discord.FakeUser;
import crashy.testing.discord.InteractionTicket;
import crashy.testing.discord.JdaLogGuard;
import crashy.testing.discord.RecordedCall;
import crashy.testing.discord.SlashOption;
import crashy.testing.discord.StoredMessage;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The gateway with the real JDA against the fake Discord, over the real catalog, board and subscriptions. */
@ExtendWith(OutputCaptureExtension.class)
class DiscordGatewayIntegrationTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String RENDERING = "aaaaaaaaaaaaaaaaaaaaaaa1";
    private static final String NO_ACCESS = "🔒 Crashy only talks to the artists of this render farm.";

    @RegisterExtension
    final JdaLogGuard jdaLog = new JdaLogGuard();

    private final FakeDiscord discord = FakeDiscord.start();
    private final FarmPollerFixture farm =
            FarmPollerFixture.withJobs(Jobs.rendering(RENDERING, 5, 1, 4), Jobs.failed("aaaaaaaaaaaaaaaaaaaaaaa2", 3));
    private final SubscriptionService subscriptions = TestSubscriptions.create(farm.clock(), "alice", "bob");
    private final CommandCatalog catalog = TestCommands.catalog(
            farm.board(), subscriptions, farm.clock(), code -> Optional.empty(), new Boom(), new Shout());
    private final FakeUser alice = discord.person("alice");
    private DiscordGateway gateway;

    @BeforeEach
    void connect() {
        gateway = start(DiscordProperties.of(
                "any-token", Set.of(Long.parseLong(DiscordWorld.GUILD_ID)), "admin", restUrl(), gatewayUrl()));
    }

    @AfterEach
    void stop() {
        gateway.stop();
        discord.close();
        assertThat(discord.callsToUnknownRoutes()).isEmpty();
        assertThat(discord.messagesThatMayPing()).isEmpty();
    }

    @Test
    void registersEveryCommandAsASlashCommandForGuildsAndDirectMessages() {
        List<JsonNode> registered = discord.registeredCommands();

        assertThat(registered)
                .extracting(command -> command.path("name").asText())
                .containsExactlyElementsOf(
                        catalog.specs().stream().map(CommandSpec::name).toList());
        JsonNode status = named(registered, "status");
        assertThat(texts(status.path("contexts"))).containsExactly("0", "1");
        assertThat(texts(status.path("integration_types"))).containsExactly("0");
        assertThat(status.path("options")).singleElement().satisfies(job -> {
            assertThat(job.path("name").asText()).isEqualTo("job");
            assertThat(job.path("type").asInt()).isEqualTo(3);
            assertThat(job.path("required").asBoolean()).isFalse();
            assertThat(job.path("autocomplete").asBoolean()).isTrue();
        });
        JsonNode link = named(registered, "link");
        assertThat(link.path("options").findValuesAsText("name")).containsExactly("user", "member", "lock");
        assertThat(link.path("options").get(0).path("required").asBoolean()).isTrue();
        assertThat(link.path("options").findValues("autocomplete"))
                .allSatisfy(flag -> assertThat(flag.asBoolean()).isFalse());
    }

    @Test
    void answersStatusInTheGuildToTheCallerAlone() {
        InteractionTicket status = discord.slashCommand(alice, "status");

        RecordedCall callback = discord.awaitCallback(status, WAIT);
        StoredMessage reply = awaitReply(status);

        assertThat(callback.json().path("type").asInt()).isEqualTo(5);
        assertThat(callback.json().path("data").path("flags").asInt() & StoredMessage.EPHEMERAL)
                .isEqualTo(StoredMessage.EPHEMERAL);
        assertThat(reply.isEphemeral()).isTrue();
        assertThat(reply.embeds().get(0).path("title").asText()).isEqualTo("Render farm");
        assertThat(reply.embeds().get(0).path("description").asText()).contains("1 rendering");
    }

    @Test
    void refusesAStrangerInADirectMessageWithOneLineAndNoFarmData() {
        InteractionTicket status = discord.directMessageSlashCommand(discord.person("dave"), "status");

        StoredMessage reply = awaitReply(status);

        JsonNode embed = reply.embeds().get(0);
        assertThat(embed.path("description").asText()).startsWith(NO_ACCESS).doesNotContain("\n");
        assertThat(embed.has("title")).isFalse();
        assertThat(embed.path("fields")).isEmpty();
        assertThat(reply.toString()).doesNotContain("shot010", "alice", "rendering");
    }

    @Test
    void aLinkedArtistIsAnsweredInADirectMessageToo() {
        awaitReply(discord.slashCommand(alice, "link", SlashOption.string("user", "alice")));

        StoredMessage reply = awaitReply(discord.directMessageSlashCommand(alice, "status"));

        assertThat(reply.embeds().get(0).path("title").asText()).isEqualTo("Render farm");
        assertThat(subscriptions.user(TestSubscriptions.discord(alice.id()), "").deadlineUser())
                .isEqualTo("alice");
    }

    @Test
    void suggestsJobsWhileOneTypesAJobOption() {
        InteractionTicket typing = discord.autocomplete(discord.person("carol"), "status", "job", "shot");

        RecordedCall callback = discord.awaitCallback(typing, WAIT);

        assertThat(callback.json().path("type").asInt()).isEqualTo(8);
        assertThat(callback.json().path("data").path("choices").findValuesAsText("value"))
                .containsExactlyInAnyOrder(RENDERING, "aaaaaaaaaaaaaaaaaaaaaaa2");
        assertThat(callback.json().path("data").path("choices").findValuesAsText("name"))
                .allSatisfy(label -> assertThat(label).startsWith("shot010_lighting · alice · "));
    }

    @Test
    void suggestsNothingInAGuildThatCrashyDoesNotTrust() {
        gateway.stop();
        gateway = start(DiscordProperties.of("any-token", Set.of(), "admin", restUrl(), gatewayUrl()));

        RecordedCall callback = discord.awaitCallback(discord.autocomplete(alice, "status", "job", "shot"), WAIT);

        assertThat(callback.json().path("type").asInt()).isEqualTo(8);
        assertThat(callback.json().path("data").path("choices")).isEmpty();
    }

    @Test
    void runsTheCommandOfAButtonWhenPressed() {
        StoredMessage detail = awaitReply(discord.slashCommand(alice, "status", SlashOption.string("job", RENDERING)));
        assertThat(detail.customIds()).contains("subscribe " + RENDERING);

        InteractionTicket press = discord.buttonClick(alice, detail.id(), "subscribe " + RENDERING);
        StoredMessage reply = awaitReply(press);

        assertThat(discord.awaitCallback(press, WAIT)
                                .json()
                                .path("data")
                                .path("flags")
                                .asInt()
                        & StoredMessage.EPHEMERAL)
                .isEqualTo(StoredMessage.EPHEMERAL);
        assertThat(reply.embeds().get(0).path("description").asText()).startsWith("🔔 Subscribed to");
        assertThat(subscriptions.interestsOf(TestSubscriptions.discord(alice.id())))
                .extracting(JobInterest::interest)
                .containsExactly(Interest.FOLLOW);
    }

    @Test
    void anAdminLinksAnotherMemberButAMemberCannot() {
        FakeUser bob = discord.person("bob");
        FakeUser carol = discord.person("carol");
        StoredMessage refused = awaitReply(discord.slashCommand(
                carol, "link", SlashOption.string("user", "bob"), SlashOption.string("member", bob.mention())));
        discord.grantAdmin(carol);

        StoredMessage linked = awaitReply(discord.slashCommand(
                carol, "link", SlashOption.string("user", "bob"), SlashOption.string("member", bob.mention())));

        assertThat(description(refused)).isEqualTo("Only admins may link someone else.");
        assertThat(description(linked)).startsWith("🔗 That member is now linked to the Deadline user bob.");
        assertThat(subscriptions.user(TestSubscriptions.discord(bob.id()), "").deadlineUser())
                .isEqualTo("bob");
    }

    @Test
    void apologisesAndLogsOneErrorWhenACommandFails(CapturedOutput output) {
        StoredMessage reply = awaitReply(discord.slashCommand(alice, "boom"));

        assertThat(description(reply)).isEqualTo(DiscordInteractions.APOLOGY);
        assertThat(output.getOut().lines().filter(line -> line.contains("ERROR")))
                .singleElement()
                .asString()
                .contains("The command /boom of user=discord:4001 failed");
    }

    @Test
    void showsASharedReplyToTheWholeChannel() {
        InteractionTicket shout = discord.slashCommand(alice, "shout");

        discord.awaitCall("DELETE", "webhooks/{app}/" + shout.token() + "/messages/@original", WAIT);

        assertThat(discord.followUps(shout)).singleElement().satisfies(message -> {
            assertThat(message.isEphemeral()).isFalse();
            assertThat(message.embeds().get(0).path("title").asText()).isEqualTo("Render farm party");
        });
        assertThat(discord.originalResponse(shout))
                .hasValueSatisfying(thinking -> assertThat(thinking.deleted()).isTrue());
    }

    @Test
    void answersAfterTheConnectionDropsAndJdaResumes() {
        discord.dropConnection();
        discord.awaitResumes(1, WAIT);
        discord.requestReconnect();
        discord.awaitResumes(2, WAIT);

        StoredMessage reply = awaitReply(discord.slashCommand(alice, "status"));

        assertThat(reply.embeds().get(0).path("title").asText()).isEqualTo("Render farm");
        assertThat(discord.gatewayFramesFromBot())
                .filteredOn(frame -> frame.path("op").asInt() == 2)
                .hasSize(1);
    }

    @Test
    void stopsCrashyWithOneLineNamingTheSettingWhenDiscordRefusesTheToken() {
        // JDA shutting down after the refusal can interrupt a request it still had queued; its rate limiter logs that.
        jdaLog.allow(JdaLogGuard.REST_RATE_LIMITER);
        try (FakeDiscord strict = FakeDiscord.builder().token("the-right-token").start()) {
            DiscordGateway refused = new DiscordGateway(
                    DiscordProperties.of(
                            "a-wrong-token",
                            Set.of(),
                            null,
                            URI.create(strict.restBaseUrl()),
                            URI.create(strict.gatewayUrl())),
                    new DiscordInteractions(catalog, new DiscordCommands(catalog, properties()), Pictures.none()),
                    Duration.ofMillis(50));

            assertThatThrownBy(refused::start)
                    .isInstanceOf(DiscordTokenRefusedException.class)
                    .hasNoCause()
                    .hasMessageStartingWith("CRASHY_DISCORD_TOKEN was refused by Discord (401 Unauthorized)")
                    .hasMessageNotContaining("a-wrong-token");
            assertThat(refused.isRunning()).isFalse();
        }
    }

    @Test
    void keepsTryingWhenDiscordCannotBeReachedAtStart() {
        // Stopping the first gateway can interrupt a request JDA still had queued; its rate limiter logs that.
        jdaLog.allow(JdaLogGuard.REST_RATE_LIMITER);
        gateway.stop();
        discord.failNext(2, "GET", "users/@me", 500);

        gateway = start(properties());

        assertThat(discord.calls())
                .filteredOn(call -> call.is("GET", "users/@me"))
                .extracting(RecordedCall::status)
                .containsSubsequence(500, 500, 200);
    }

    private DiscordGateway start(DiscordProperties properties) {
        int registrations = (int) discord.calls().stream()
                .filter(call -> call.is("PUT", "applications/{app}/commands"))
                .count();
        DiscordGateway started = new DiscordGateway(
                properties,
                new DiscordInteractions(catalog, new DiscordCommands(catalog, properties), Pictures.none()),
                Duration.ofMillis(50));
        started.start();
        discord.awaitCalls(call -> call.is("PUT", "applications/{app}/commands"), registrations + 1, WAIT);
        return started;
    }

    private DiscordProperties properties() {
        return DiscordProperties.of(
                "any-token", Set.of(Long.parseLong(DiscordWorld.GUILD_ID)), "admin", restUrl(), gatewayUrl());
    }

    private URI restUrl() {
        return URI.create(discord.restBaseUrl());
    }

    private URI gatewayUrl() {
        return URI.create(discord.gatewayUrl());
    }

    /** The answer to the interaction once the bot edited its "thinking…" into the reply. */
    private StoredMessage awaitReply(InteractionTicket interaction) {
        discord.awaitCall("PATCH", "webhooks/{app}/" + interaction.token() + "/messages/@original", WAIT);
        return discord.originalResponse(interaction).orElseThrow();
    }

    private static String description(StoredMessage message) {
        return message.embeds().get(0).path("description").asText();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new java.util.ArrayList<>();
        array.forEach(element -> texts.add(element.asText()));
        return texts;
    }

    private static JsonNode named(List<JsonNode> commands, String name) {
        return commands.stream()
                .filter(command -> command.path("name").asText().equals(name))
                .findFirst()
                .orElseThrow();
    }

    /** A command that fails the way a bug would. */
    private static final class Boom implements ChatCommand {
        @Override
        public CommandSpec spec() {
            return CommandSpec.named("boom", "Fails");
        }

        @Override
        public CommandReply handle(CommandRequest request) {
            throw new IllegalStateException("a bug");
        }
    }

    /** A command whose reply is for the whole channel. */
    private static final class Shout implements ChatCommand {
        @Override
        public CommandSpec spec() {
            return CommandSpec.named("shout", "Tells everyone");
        }

        @Override
        public CommandReply handle(CommandRequest request) {
            return new CommandReply(ChatMessage.titled(Tone.SUCCESS, "Render farm party", "All green."), true);
        }
    }
}
