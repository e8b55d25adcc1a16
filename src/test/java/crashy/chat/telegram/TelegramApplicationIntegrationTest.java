package crashy.chat.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import crashy.simulator.JobSpec;
import crashy.simulator.ServerOptions;
import crashy.simulator.SimulatedFarm;
import crashy.simulator.SimulatorServer;
import crashy.testing.EndToEndSettings;
import crashy.testing.telegram.ApiError;
import crashy.testing.telegram.FakeTelegram;
import crashy.testing.telegram.MessageKind;
import crashy.testing.telegram.RecordedRequest;
import crashy.testing.telegram.ShownMessage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on Telegram: the simulated farm as Deadline (its clock moved by hand), the fake Bot API as
 * Telegram with the real telegrambots, and an in-memory database. An artist on the allowlist links themselves in
 * Telegram and hears how their renders end; the renders write EXR frames, so the news comes with pictures.
 */
@SpringBootTest
@DirtiesContext
class TelegramApplicationIntegrationTest {
    private static final String TOKEN = "123456:AAE-application-test";
    private static final long ANN = 42;
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static final Path FRAMES = EndToEndSettings.frameFolder("crashy-telegram-frames");
    private static final SimulatedFarm FARM = new SimulatedFarm(11, Instant.now(), FRAMES);
    private static final SimulatorServer DEADLINE = SimulatorServer.start(FARM, ServerOptions.onPort(0));
    private static final FakeTelegram TELEGRAM = FakeTelegram.start(TOKEN);

    static {
        FARM.addWorker("render01");
        FARM.addWorker("render02");
    }

    @DynamicPropertySource
    static void farmAndTelegram(DynamicPropertyRegistry registry) {
        EndToEndSettings.farm(registry, DEADLINE, "telegram-application");
        EndToEndSettings.telegram(registry, TELEGRAM, ANN);
        EndToEndSettings.previews(registry, FRAMES);
    }

    /** The fakes close with the application, after it stopped polling them. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Fakes {
        @Bean(destroyMethod = "close")
        SimulatorServer deadline() {
            return DEADLINE;
        }

        @Bean(destroyMethod = "close")
        FakeTelegram telegram() {
            return TELEGRAM;
        }
    }

    @BeforeEach
    void waitForTheBotToListen() {
        await().atMost(WAIT).until(() -> !TELEGRAM.commands().isEmpty());
    }

    @AfterEach
    void checkEveryCallAgainstTheSpec() {
        assertThat(TELEGRAM.violations()).as("requests the Bot API refuses").isEmpty();
    }

    @Test
    void dmsAnArtistWhoLinkedInTelegramWhenTheirRenderFinishesWithAContactSheetOfItsFrames() throws IOException {
        // given
        FARM.submit(
                JobSpec.named("shot010_comp").withUser("alice").withTasks(3).withTaskDuration(Duration.ofMinutes(2)));
        linkAnnTo("alice");

        // when
        FARM.advance(Duration.ofHours(1));

        // then
        ShownMessage dm = awaitDm("✅ Finished: shot010_comp");
        assertThat(dm.kind()).isEqualTo(MessageKind.PHOTO);
        assertThat(dm.plainText()).contains("3 tasks").contains("User: alice").contains("Preview: frames 1–3");
        assertThat(dm.inlineKeyboard().get(0).get(0).callbackData()).startsWith("status ");
        BufferedImage sheet = ImageIO.read(new ByteArrayInputStream(dm.file().bytes()));
        assertThat(sheet.getWidth()).isEqualTo(1280);
        assertThat(dm.file().fileName()).isEqualTo("shot010_comp-sheet.jpg");
        assertThat(TELEGRAM.requests("sendPhoto").stream()
                        .filter(RecordedRequest::succeeded)
                        .filter(send -> send.text("caption").orElse("").startsWith("<b>✅ Finished: shot010_comp</b>")))
                .as("one photo, and it buzzes")
                .singleElement()
                .satisfies(send -> assertThat(send.text("disable_notification")).isEmpty());
    }

    @Test
    void showsAFrameOnRequestWithThePreviewCommand() throws IOException {
        // given
        String job = FARM.submit(
                JobSpec.named("shot015_grade").withUser("alice").withTasks(4).withTaskDuration(Duration.ofMinutes(2)));
        linkAnnTo("alice");
        FARM.startTask(job, 1);
        FARM.completeTask(job, 1);
        await().atMost(WAIT)
                .until(() -> TELEGRAM.chat(ANN).messages().stream()
                        .anyMatch(message -> message.plainText().contains("shot015_grade")));

        // when
        int before = TELEGRAM.chat(ANN).messages().size();
        TELEGRAM.pushTextMessage(ANN, "Ann", "/preview shot015_grade 2");

        // then
        ShownMessage reply = TELEGRAM
                .awaitChat(
                        ANN,
                        chat -> chat.messages().stream()
                                .skip(before)
                                .anyMatch(message -> message.plainText().startsWith("🖼 shot015_grade, frame 2")),
                        WAIT)
                .messages()
                .stream()
                .filter(message -> message.plainText().startsWith("🖼 shot015_grade, frame 2"))
                .findFirst()
                .orElseThrow();
        assertThat(reply.kind()).isEqualTo(MessageKind.PHOTO);
        assertThat(reply.plainText()).contains("Preview: frame 2");
        assertThat(ImageIO.read(new ByteArrayInputStream(reply.file().bytes())).getWidth())
                .isPositive();
    }

    @Test
    void dmsAnArtistWhenTheirRenderFails() {
        // given
        String job = FARM.submit(
                JobSpec.named("shot020_fx").withUser("alice").withTasks(4).withTaskDuration(Duration.ofMinutes(5)));
        linkAnnTo("alice");

        // when
        FARM.startTask(job, 0);
        FARM.errorTask(job, 0, "Error: [arnold] unable to find texture /mnt/tex/wall.tx");
        FARM.failJob(job);

        // then
        assertThat(awaitDm("❌ Failed: shot020_fx").plainText()).contains("error");
    }

    @Test
    void deliversEveryDmExactlyOnceThroughAStormOfTooManyRequests() {
        // given
        FARM.submit(
                JobSpec.named("shot030_storm").withUser("alice").withTasks(2).withTaskDuration(Duration.ofMinutes(1)));
        linkAnnTo("alice");
        int refusedBefore = TELEGRAM.tooManyRequestsAnswered();
        TELEGRAM.failNext("sendMessage", 3, ApiError.tooManyRequests(1));

        // when
        FARM.advance(Duration.ofHours(1));

        // then
        awaitDm("✅ Finished: shot030_storm");
        await().during(Duration.ofSeconds(3)).atMost(WAIT).untilAsserted(() -> {
            assertThat(dms("✅ Finished: shot030_storm")).hasSize(1);
            assertThat(dms("✅ shot030_storm")).as("the living progress message").hasSize(1);
        });
        assertThat(TELEGRAM.tooManyRequestsAnswered() - refusedBefore).isEqualTo(3);
    }

    /** Links Ann and waits for the answer, whatever DMs about other tests' renders arrive meanwhile. */
    private static void linkAnnTo(String deadlineUser) {
        int before = TELEGRAM.chat(ANN).messages().size();
        TELEGRAM.pushTextMessage(ANN, "Ann", "/link " + deadlineUser);
        TELEGRAM.awaitChat(
                ANN,
                chat -> chat.messages().stream()
                        .skip(before)
                        .anyMatch(message -> message.plainText()
                                .startsWith("🔗 You are now linked to the Deadline user " + deadlineUser)),
                WAIT);
    }

    private static ShownMessage awaitDm(String title) {
        return TELEGRAM.awaitChat(ANN, chat -> !dms(title).isEmpty(), WAIT).messages().stream()
                .filter(message -> message.plainText().startsWith(title + "\n"))
                .findFirst()
                .orElseThrow();
    }

    /** The messages in Ann's chat whose title is this one. */
    private static List<ShownMessage> dms(String title) {
        return TELEGRAM.chat(ANN).messages().stream()
                .filter(message -> message.plainText().startsWith(title + "\n"))
                .toList();
    }
}
