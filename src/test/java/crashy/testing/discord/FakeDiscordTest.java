package crashy.testing.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.events.guild.member.GuildMemberRoleAddEvent;
import net.dv8tion.jda.api.events.interaction.command.CommandAutoCompleteInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.MemberCachePolicy;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The real JDA 6.5.0 against the fake: the flows Crashy's Discord gateway will use, and Discord's failures. */
class FakeDiscordTest {
    /** Every wait ends as soon as what it waits for happens; the bound is for a loaded two-core machine. */
    private static final Duration WAIT = Duration.ofSeconds(10);
    /**
     * JDA resumes at once, but a resume attempt that fails retries after 2 s, then 4 s (its reconnect back-off): on
     * a loaded machine a resume can take longer than {@link #WAIT} without anything being wrong.
     */
    private static final Duration RECONNECT_WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    final JdaLogGuard jdaLog = new JdaLogGuard();

    private final SmallBot bot = new SmallBot();
    private @Nullable FakeDiscord discord;
    private @Nullable JDA jda;

    @AfterEach
    void stop() {
        if (jda != null) {
            FakeDiscordJda.shutdown(jda);
        }
        if (discord != null) {
            discord.close();
            assertThat(discord.callsToUnknownRoutes())
                    .as("calls the fake has no route for")
                    .isEmpty();
        }
    }

    @Test
    void logsInAndRegistersSlashCommands() {
        FakeDiscord fake = FakeDiscord.start();
        JDA jda = connect(fake);

        List<Command> commands = jda.updateCommands()
                .addCommands(
                        Commands.slash("status", "Show the state of a render job"),
                        Commands.slash("watch", "Watch a job")
                                .addOption(OptionType.STRING, "job", "Job id", true, true))
                .complete();

        assertThat(jda.getSelfUser().getId()).isEqualTo(DiscordWorld.APPLICATION_ID);
        assertThat(jda.getGuildById(DiscordWorld.GUILD_ID).getTextChannelById(DiscordWorld.CHANNEL_ID))
                .isNotNull();
        assertThat(commands).extracting(Command::getName).containsExactly("status", "watch");
        assertThat(fake.registeredCommands())
                .extracting(command -> command.path("name").asText())
                .containsExactly("status", "watch");
        assertThat(fake.calls().get(0).toString()).startsWith("GET users/@me -> 200");
        assertThat(fake.gatewayConnections()).singleElement().asString().contains("compress=zlib-stream");
        assertThat(fake.calls()).allMatch(call -> call.authorization().equals("Bot " + FakeDiscordJda.TOKEN));
    }

    @Test
    void servesJdasDefaultCachesAndMemberUpdates() throws Exception {
        FakeDiscord fake = FakeDiscord.start();
        CompletableFuture<GuildMemberRoleAddEvent> roleAdded = new CompletableFuture<>();
        discord = fake;
        jda = FakeDiscordJda.awaitReady(
                FakeDiscordJda.pointAt(JDABuilder.createDefault(FakeDiscordJda.TOKEN), fake)
                        .enableIntents(GatewayIntent.GUILD_MEMBERS)
                        .setMemberCachePolicy(MemberCachePolicy.ALL)
                        .addEventListeners(bot, new ListenerAdapter() {
                            @Override
                            public void onGuildMemberRoleAdd(GuildMemberRoleAddEvent event) {
                                roleAdded.complete(event);
                            }
                        }),
                jdaLog);
        Guild guild = jda.getGuildById(DiscordWorld.GUILD_ID);

        fake.grantAdmin(fake.person("carol"));

        assertThat(roleAdded.get(WAIT.toSeconds(), TimeUnit.SECONDS).getMember().getId())
                .isEqualTo("4003");
        assertThat(guild.getMembers()).hasSize(4);
        assertThat(guild.getOwner().getUser().getName()).isEqualTo("alice");
        assertThat(guild.getRoles()).extracting(Role::getName).containsExactly("admin", "@everyone");
        assertThat(guild.getSelfMember().hasPermission(guild.getTextChannels().get(0), Permission.MESSAGE_SEND))
                .isTrue();
    }

    @Test
    void servesABotThatTurnsGatewayCompressionOff() {
        FakeDiscord fake = FakeDiscord.start();
        discord = fake;
        jda = FakeDiscordJda.awaitReady(
                FakeDiscordJda.light(fake).setCompression(Compression.NONE).addEventListeners(bot), jdaLog);

        InteractionTicket status = fake.slashCommand(fake.person("alice"), "status", SlashOption.string("job", "9"));

        assertThat(fake.awaitCallback(status, WAIT).status()).isEqualTo(200);
        assertThat(fake.gatewayConnections()).singleElement().asString().doesNotContain("compress");
    }

    @Test
    void answersAGuildSlashCommandEphemerally() {
        FakeDiscord fake = FakeDiscord.start();
        connect(fake);

        InteractionTicket status = fake.slashCommand(fake.person("alice"), "status", SlashOption.string("job", "42"));

        RecordedCall callback = fake.awaitCallback(status, WAIT);
        assertThat(callback.json().path("type").asInt()).isEqualTo(4);
        assertThat(fake.originalResponse(status)).hasValueSatisfying(reply -> {
            assertThat(reply.content()).isEqualTo("Job 42 is rendering, alice.");
            assertThat(reply.isEphemeral()).isTrue();
            assertThat(reply.channelId()).isEqualTo(DiscordWorld.CHANNEL_ID);
        });
    }

    @Test
    void answersASlashCommandInADirectMessageWithADeferredReply() {
        FakeDiscord fake = FakeDiscord.start();
        connect(fake);
        FakeUser bob = fake.person("bob");

        InteractionTicket report = fake.directMessageSlashCommand(bob, "report", SlashOption.string("job", "7"));

        assertThat(fake.awaitCallback(report, WAIT).json().path("type").asInt()).isEqualTo(5);
        fake.awaitCall("POST", "webhooks/{app}/" + report.token(), WAIT);
        assertThat(fake.originalResponse(report)).hasValueSatisfying(reply -> {
            assertThat(reply.content()).isEqualTo("Report for job 7");
            assertThat(reply.isLoading()).isFalse();
            assertThat(reply.channelId())
                    .isEqualTo(fake.directMessageChannelOf(bob).orElseThrow());
        });
        assertThat(fake.followUps(report))
                .extracting(StoredMessage::content)
                .containsExactly("The full log is attached to the DM.");
    }

    @Test
    void answersAutocompleteWithChoices() {
        FakeDiscord fake = FakeDiscord.start();
        connect(fake);

        InteractionTicket typing = fake.autocomplete(fake.person("carol"), "watch", "job", "4");

        RecordedCall callback = fake.awaitCallback(typing, WAIT);
        assertThat(callback.json().path("type").asInt()).isEqualTo(8);
        assertThat(callback.json().path("data").path("choices").findValuesAsText("value"))
                .containsExactly("41", "42");
    }

    @Test
    void updatesTheDirectMessageWhoseButtonWasClicked() {
        FakeDiscord fake = FakeDiscord.start();
        JDA jda = connect(fake);
        FakeUser alice = fake.person("alice");
        Message sent = dm(jda, alice)
                .sendMessage("Job 42 failed")
                .setComponents(ActionRow.of(Button.secondary("unsubscribe:42", "Stop watching")))
                .complete();

        InteractionTicket click = fake.buttonClick(alice, sent.getId(), "unsubscribe:42");

        assertThat(fake.awaitCallback(click, WAIT).json().path("type").asInt()).isEqualTo(7);
        StoredMessage now = fake.directMessagesTo(alice).get(0);
        assertThat(now.content()).isEqualTo("You no longer watch job 42.");
        assertThat(now.customIds()).isEmpty();
        assertThat(fake.history(sent.getId())).hasSize(2);
    }

    @Test
    void editsTheClickedMessageThroughTheHookAfterADeferredUpdate() {
        FakeDiscord fake = FakeDiscord.start();
        JDA jda = connect(fake);
        FakeUser bob = fake.person("bob");
        Message sent = dm(jda, bob)
                .sendMessage("Job 42 failed")
                .setComponents(ActionRow.of(Button.primary("retry:42", "Retry")))
                .complete();

        InteractionTicket click = fake.buttonClick(bob, sent.getId(), "retry:42");

        assertThat(fake.awaitCallback(click, WAIT).json().path("type").asInt()).isEqualTo(6);
        fake.awaitCall("PATCH", "webhooks/{app}/" + click.token() + "/messages/@original", WAIT);
        assertThat(fake.message(sent.getId()).orElseThrow().content()).isEqualTo("Job 42 requeued.");
    }

    @Test
    void sendsADirectMessageWithAnEmbedAndAFileAndEditsIt() {
        FakeDiscord fake = FakeDiscord.start();
        JDA jda = connect(fake);
        FakeUser bob = fake.person("bob");
        byte[] log = "Error: Blender crashed at frame 12\n".getBytes(StandardCharsets.UTF_8);

        Message sent = dm(jda, bob)
                .sendMessage("Job 42 failed")
                .setEmbeds(new EmbedBuilder()
                        .setTitle("Blender crash")
                        .setDescription("Frame 12")
                        .build())
                .addFiles(FileUpload.fromData(log, "crash.txt"))
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .complete();
        sent.editMessage("Job 42 failed, requeued").complete();
        Message fetched = sent.getChannel().retrieveMessageById(sent.getId()).complete();

        RecordedCall upload = fake.awaitCall("POST", "channels/{channel}/messages", WAIT);
        assertThat(upload.contentType()).startsWith("multipart/form-data");
        assertThat(upload.files()).extracting(Part::filename).containsExactly("crash.txt");
        StoredMessage dm = fake.awaitDirectMessage(bob, StoredMessage::isEdited, WAIT);
        assertThat(dm.content()).isEqualTo("Job 42 failed, requeued").isEqualTo(fetched.getContentRaw());
        assertThat(fetched.getAttachments())
                .extracting(Message.Attachment::getFileName)
                .containsExactly("crash.txt");
        assertThat(dm.embeds().get(0).path("title").asText()).isEqualTo("Blender crash");
        assertThat(dm.attachments()).singleElement().satisfies(file -> {
            assertThat(file.filename()).isEqualTo("crash.txt");
            assertThat(file.bytes()).isEqualTo(log);
        });
        assertThat(fake.history(sent.getId()))
                .extracting(StoredMessage::content)
                .containsExactly("Job 42 failed", "Job 42 failed, requeued");
        assertThat(fake.history(sent.getId()).get(0).allowedMentions().pingsNobody())
                .isTrue();
    }

    @Test
    void showsWhichMessagesCouldPingSomeone() {
        FakeDiscord fake = FakeDiscord.start();
        JDA jda = connect(fake);
        PrivateChannel channel = dm(jda, fake.person("carol"));

        Message quiet = channel.sendMessage("quiet")
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .complete();
        // Explicit, because JDA's default is process-wide and Crashy's Discord gateway turns every mention off.
        Message loud = channel.sendMessage("loud")
                .setAllowedMentions(EnumSet.allOf(Message.MentionType.class))
                .complete();

        assertThat(fake.messagesThatMayPing()).extracting(StoredMessage::id).containsExactly(loud.getId());
        assertThat(fake.message(quiet.getId()).orElseThrow().allowedMentions().pingsNobody())
                .isTrue();
    }

    @Test
    void directMessagesToSomeoneWhoRefusesThemFailWithCode50007() {
        FakeDiscord fake = FakeDiscord.start();
        JDA jda = connect(fake);
        FakeUser carol = fake.person("carol");
        fake.refuseDirectMessages(carol);

        assertThatThrownBy(() -> dm(jda, carol).sendMessage("Job 42 failed").complete())
                .isInstanceOfSatisfying(
                        ErrorResponseException.class,
                        error -> assertThat(error.getErrorResponse()).isEqualTo(ErrorResponse.CANNOT_SEND_TO_USER));
        assertThat(fake.directMessagesTo(carol)).isEmpty();
        assertThat(fake.invalidRequestCount()).isEqualTo(1);
    }

    @Test
    void jdaRetriesADirectMessageAnswered429ByItself() {
        jdaLog.allow(JdaLogGuard.REST_RATE_LIMITER);
        FakeDiscord fake = FakeDiscord.start();
        JDA jda = connect(fake);
        PrivateChannel channel = dm(jda, fake.person("alice"));
        fake.rateLimitNext(1, "POST", "channels/{channel}/messages", 1);

        channel.sendMessage("Job 42 finished").complete();

        assertThat(fake.calls())
                .filteredOn(call -> call.is("POST", "channels/{channel}/messages"))
                .extracting(RecordedCall::status)
                .containsExactly(429, 200);
        assertThat(fake.tooManyRequestsCount()).isEqualTo(1);
        assertThat(fake.directMessagesTo(fake.person("alice"))).hasSize(1);
    }

    @Test
    void jdaRetriesABadGatewayByItself() {
        FakeDiscord fake = FakeDiscord.start();
        JDA jda = connect(fake);
        PrivateChannel channel = dm(jda, fake.person("alice"));
        fake.failNext(1, "POST", "channels/{channel}/messages", 502);

        channel.sendMessage("Job 42 finished").complete();

        assertThat(fake.calls())
                .filteredOn(call -> call.is("POST", "channels/{channel}/messages"))
                .extracting(RecordedCall::status)
                .containsExactly(502, 200);
    }

    @Test
    void burstOfDirectMessagesWaitsForTheBucketInsteadOfBeingRefused() throws Exception {
        Duration period = Duration.ofMillis(400);
        FakeDiscord fake = FakeDiscord.builder()
                .rateLimits(RateLimits.discordLike().withBucket("POST", "channels/{channel_id}/messages", 5, period))
                .start();
        JDA jda = connect(fake);
        PrivateChannel channel = dm(jda, fake.person("bob"));

        CompletableFuture.allOf(IntStream.rangeClosed(1, 20)
                        .mapToObj(n ->
                                channel.sendMessage("Frame " + n + " rendered").submit())
                        .toArray(CompletableFuture[]::new))
                .get(10, TimeUnit.SECONDS);

        List<BucketWindow> windows = fake.bucketWindows("POST", "channels/" + channel.getId() + "/messages");
        // 20 messages at 5 per window need at least 4 windows, each opening a full period after the one before;
        // a slow client leaves some windows part-empty and needs more.
        assertThat(windows).hasSizeGreaterThanOrEqualTo(4).allMatch(window -> window.accepted() <= 5);
        assertThat(windows.stream().mapToInt(BucketWindow::accepted).sum()).isEqualTo(20);
        assertThat(Duration.between(
                        windows.get(0).start(), windows.get(windows.size() - 1).start()))
                .isGreaterThanOrEqualTo(period.multipliedBy(windows.size() - 1));
        assertThat(fake.tooManyRequestsCount())
                .as("429s: JDA should wait for the bucket")
                .isZero();
        assertThat(fake.directMessagesTo(fake.person("bob"))).hasSize(20);
    }

    @Test
    void resumesTheSessionWhenDiscordAsksForAReconnect() {
        FakeDiscord fake = FakeDiscord.start();
        connect(fake);

        fake.requestReconnect();

        fake.awaitResumes(1, RECONNECT_WAIT);
        assertThat(bot.resumes).succeedsWithin(RECONNECT_WAIT);
        assertThat(fake.gatewayFramesFromBot())
                .filteredOn(frame -> frame.path("op").asInt() == 2)
                .hasSize(1);
        InteractionTicket status = fake.slashCommand(fake.person("alice"), "status", SlashOption.string("job", "1"));
        assertThat(fake.awaitCallback(status, WAIT).status()).isEqualTo(200);
    }

    @Test
    void resumesAfterAnAbruptDropAndGetsTheEventsItMissed() {
        FakeDiscord fake = FakeDiscord.start();
        connect(fake);

        fake.dropConnection();
        InteractionTicket status = fake.slashCommand(fake.person("bob"), "status", SlashOption.string("job", "2"));

        fake.awaitResumes(1, RECONNECT_WAIT);
        assertThat(fake.awaitCallback(status, WAIT).status()).isEqualTo(200);
        assertThat(fake.gatewayFramesFromBot())
                .filteredOn(frame -> frame.path("op").asInt() == 6)
                .hasSize(1);
    }

    @Test
    void letsSomeoneOutsideTheGuildUseTheBotOnlyInADirectMessage() {
        FakeDiscord fake = FakeDiscord.start();
        connect(fake);
        FakeUser dave = fake.person("dave");

        InteractionTicket status = fake.directMessageSlashCommand(dave, "status", SlashOption.string("job", "3"));

        assertThat(fake.awaitCallback(status, WAIT).status()).isEqualTo(200);
        assertThat(fake.world().isMember(dave)).isFalse();
        assertThat(fake.originalResponse(status).orElseThrow().content()).isEqualTo("Job 3 is rendering, dave.");
        assertThatThrownBy(() -> fake.slashCommand(dave, "status")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givesAPersonTheAdminRole() {
        FakeDiscord fake = FakeDiscord.start();
        connect(fake);
        FakeUser carol = fake.person("carol");

        InteractionTicket before = fake.slashCommand(carol, "whoami");
        fake.awaitCallback(before, WAIT);
        fake.grantAdmin(carol);
        InteractionTicket after = fake.slashCommand(carol, "whoami");
        fake.awaitCallback(after, WAIT);

        assertThat(fake.originalResponse(before).orElseThrow().content()).isEqualTo("artist");
        assertThat(fake.originalResponse(after).orElseThrow().content()).isEqualTo("admin");
    }

    private JDA connect(FakeDiscord fake) {
        discord = fake;
        jda = FakeDiscordJda.awaitReady(FakeDiscordJda.light(fake).addEventListeners(bot), jdaLog);
        return jda;
    }

    private static PrivateChannel dm(JDA jda, FakeUser user) {
        return jda.openPrivateChannelById(user.id()).complete();
    }

    /** Just enough bot to drive each kind of interaction the way Crashy's gateway will. */
    private static final class SmallBot extends ListenerAdapter {
        final CompletableFuture<Void> resumes = new CompletableFuture<>();

        @Override
        public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
            String job = event.getOption("job", "", OptionMapping::getAsString);
            switch (event.getName()) {
                case "status" ->
                    event.reply("Job " + job + " is rendering, "
                                    + event.getUser().getName() + ".")
                            .setEphemeral(true)
                            .queue();
                case "report" ->
                    event.deferReply(true)
                            .queue(hook -> hook.editOriginal("Report for job " + job)
                                    .flatMap(done -> hook.sendMessage("The full log is attached to the DM."))
                                    .queue());
                case "whoami" ->
                    event.reply(isAdmin(event) ? "admin" : "artist")
                            .setEphemeral(true)
                            .queue();
                default -> event.reply("Unknown command").setEphemeral(true).queue();
            }
        }

        @Override
        public void onCommandAutoCompleteInteraction(CommandAutoCompleteInteractionEvent event) {
            String typed = event.getFocusedOption().getValue();
            event.replyChoices(
                            new Command.Choice("Job " + typed + "1", typed + "1"),
                            new Command.Choice("Job " + typed + "2", typed + "2"))
                    .queue();
        }

        @Override
        public void onButtonInteraction(ButtonInteractionEvent event) {
            String[] action = event.getComponentId().split(":");
            if (action[0].equals("retry")) {
                event.deferEdit()
                        .queue(hook -> hook.editOriginal("Job " + action[1] + " requeued.")
                                .setComponents()
                                .queue());
            } else {
                event.editMessage("You no longer watch job " + action[1] + ".")
                        .setComponents()
                        .queue();
            }
        }

        @Override
        public void onSessionResume(net.dv8tion.jda.api.events.session.SessionResumeEvent event) {
            resumes.complete(null);
        }

        private static boolean isAdmin(SlashCommandInteractionEvent event) {
            return event.getMember() != null
                    && event.getMember().getRoles().stream()
                            .anyMatch(role -> role.getName().equals("admin"));
        }
    }
}
