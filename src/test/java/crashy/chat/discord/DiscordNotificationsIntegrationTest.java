package crashy.chat.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import crashy.farm.JobBoard;
import crashy.job.JobId;
import crashy.job.JobState;
import crashy.message.Tone;
import crashy.notification.Outbox;
import crashy.simulator.JobSpec;
import crashy.simulator.ServerOptions;
import crashy.simulator.SimulatedFarm;
import crashy.simulator.SimulatorServer;
import crashy.testing.EndToEndSettings;
import crashy.testing.discord.FakeDiscord;
import crashy.testing.discord.FakeUser;
import crashy.testing.discord.InteractionTicket;
import crashy.testing.discord.JdaLogGuard;
import crashy.testing.discord.SlashOption;
import crashy.testing.discord.StoredMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * All of Crashy with Discord on: the real JDA against the fake Discord, the real Deadline client against the
 * simulated farm, whose clock the test moves by hand. An artist links themselves with a slash command and hears
 * about their renders in DMs, with previews of the EXR frames the simulated renders write.
 */
@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DiscordNotificationsIntegrationTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Path FRAMES = EndToEndSettings.frameFolder("crashy-discord-frames");
    private static final SimulatedFarm FARM = new SimulatedFarm(7, Instant.parse("2026-11-25T18:00:00Z"), FRAMES);
    private static final String SHOT = shot();
    private static final SimulatorServer SERVER = SimulatorServer.start(FARM, ServerOptions.onPort(0));
    private static final FakeDiscord DISCORD = FakeDiscord.start();

    @RegisterExtension
    final JdaLogGuard jdaLog = new JdaLogGuard();

    @Autowired
    JobBoard board;

    @Autowired
    Outbox outbox;

    private final FakeUser alice = DISCORD.person("alice");

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        EndToEndSettings.farm(registry, SERVER, "discord-notifications");
        EndToEndSettings.discord(registry, DISCORD);
        EndToEndSettings.previews(registry, FRAMES);
    }

    /** Closes the fakes after Crashy, so it never sees them vanish while it runs. */
    @TestConfiguration
    static class Fakes {
        @Bean
        DisposableBean closeFakes() {
            return () -> {
                DISCORD.close();
                SERVER.close();
            };
        }
    }

    @Test
    void aLinkedArtistGetsExactlyOneDirectMessageWithAPreviewWhenTheirRenderFinishes() throws IOException {
        linkAlice();

        FARM.advance(Duration.ofHours(1));

        StoredMessage finished = DISCORD.awaitDirectMessage(alice, titled("✅ Finished: shot010_lighting"), WAIT);
        await().atMost(WAIT).until(() -> outbox.pendingCount() == 0);
        assertThat(DISCORD.directMessagesTo(alice))
                .filteredOn(titled("✅ Finished: shot010_lighting"))
                .hasSize(1);
        JsonNode embed = finished.embeds().get(0);
        assertThat(embed.path("color").asInt()).isEqualTo(Tone.SUCCESS.rgb());
        assertThat(embed.path("fields").findValuesAsText("value")).contains("alice");
        assertThat(finished.customIds()).contains("status " + SHOT);
        assertThat(finished.flags() & 4096).as("a new DM buzzes the phone").isZero();
        assertThat(board.find(new JobId(SHOT)).orElseThrow().state()).isEqualTo(JobState.COMPLETED);
        assertThat(DISCORD.directMessagesTo(alice))
                .allMatch(dm -> dm.allowedMentions().pingsNobody());
        assertThat(DISCORD.messagesThatMayPing()).isEmpty();
        assertThat(finished.attachments()).singleElement().satisfies(sheet -> {
            assertThat(sheet.filename()).isEqualTo("shot010_lighting-sheet.jpg");
            assertThat(ImageIO.read(new ByteArrayInputStream(sheet.bytes())).getWidth())
                    .isEqualTo(1280);
        });
        assertThat(embed.path("image").path("url").asText()).isEqualTo("attachment://shot010_lighting-sheet.jpg");
        assertThat(embed.path("fields").findValuesAsText("value")).contains("frames 1–4");
    }

    @Test
    void previewShowsAFrameOnRequestAndThePreviewButtonShowsTheJobSoFar() throws IOException {
        linkAlice();
        String fx = FARM.submit(JobSpec.named("shot030_smoke").withUser("alice").withTasks(3));
        await().atMost(WAIT).until(() -> board.find(new JobId(fx)).isPresent());
        FARM.startTask(fx, 0);
        FARM.completeTask(fx, 0);
        FARM.startTask(fx, 1);
        FARM.failTask(fx, 1, "Error: [arnold] out of memory");
        FARM.failJob(fx);
        StoredMessage failed = DISCORD.awaitDirectMessage(alice, titled("❌ Failed: shot030_smoke"), WAIT);

        InteractionTicket asked =
                DISCORD.slashCommand(alice, "preview", SlashOption.string("job", fx), SlashOption.string("frame", "1"));
        DISCORD.awaitCall("PATCH", "webhooks/{app}/" + asked.token() + "/messages/@original", WAIT);
        StoredMessage frame = DISCORD.originalResponse(asked).orElseThrow();
        InteractionTicket pressed = DISCORD.buttonClick(alice, failed.id(), "preview " + fx);
        DISCORD.awaitCall("PATCH", "webhooks/{app}/" + pressed.token() + "/messages/@original", WAIT);
        StoredMessage sheet = DISCORD.originalResponse(pressed).orElseThrow();

        assertThat(frame.attachments()).singleElement().satisfies(file -> {
            assertThat(file.filename()).isEqualTo("shot030_smoke-frame-1.jpg");
            assertThat(ImageIO.read(new ByteArrayInputStream(file.bytes())).getWidth())
                    .isPositive();
        });
        assertThat(frame.embeds().get(0).path("image").path("url").asText())
                .isEqualTo("attachment://shot030_smoke-frame-1.jpg");
        assertThat(sheet.attachments())
                .singleElement()
                .satisfies(file -> assertThat(file.filename()).isEqualTo("shot030_smoke-sheet.jpg"));
        assertThat(sheet.embeds().get(0).path("fields").findValuesAsText("value"))
                .contains("frames 1–3");
    }

    @Test
    void aFailedRenderIsExplainedInItsDirectMessage() {
        linkAlice();
        String fx = FARM.submit(JobSpec.named("shot020_fx").withUser("alice").withTasks(2));
        await().atMost(WAIT).until(() -> board.find(new JobId(fx)).isPresent());

        FARM.startTask(fx, 0);
        FARM.errorTask(fx, 0, "Error: [arnold] unable to find texture /mnt/tex/wall.tx");
        FARM.failJob(fx);

        StoredMessage failed = DISCORD.awaitDirectMessage(alice, titled("❌ Failed: shot020_fx"), WAIT);
        JsonNode embed = failed.embeds().get(0);
        assertThat(embed.path("color").asInt()).isEqualTo(Tone.FAILURE.rgb());
        List<String> fields = embed.path("fields").findValuesAsText("name");
        assertThat(fields).contains("What happened");
        assertThat(failed.customIds()).contains("status " + fx, "why " + fx);
    }

    /** Alice links herself to her Deadline user in the guild, once the farm is known and the bot is connected. */
    private void linkAlice() {
        await().atMost(WAIT).until(() -> board.find(new JobId(SHOT)).isPresent());
        DISCORD.awaitCall("PUT", "applications/{app}/commands", WAIT);
        InteractionTicket link = DISCORD.slashCommand(alice, "link", SlashOption.string("user", "alice"));
        DISCORD.awaitCall("PATCH", "webhooks/{app}/" + link.token() + "/messages/@original", WAIT);
        assertThat(DISCORD.originalResponse(link)
                        .orElseThrow()
                        .embeds()
                        .get(0)
                        .path("description")
                        .asText())
                .startsWith("🔗 You are now linked to the Deadline user alice");
    }

    /** A message whose embed title reads this, as Discord shows it (escapes dropped). */
    static Predicate<StoredMessage> titled(String title) {
        return message -> !message.embeds().isEmpty()
                && message.embeds()
                        .get(0)
                        .path("title")
                        .asText()
                        .replaceAll("\\\\([^0-9A-Za-z\\s])", "$1")
                        .equals(title);
    }

    private static String shot() {
        FARM.addWorker("render01");
        FARM.addWorker("render02");
        return FARM.submit(JobSpec.named("shot010_lighting")
                .withUser("alice")
                .withTasks(4)
                .withTaskDuration(Duration.ofMinutes(1)));
    }
}
