package crashy.chat.terminal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import crashy.simulator.JobSpec;
import crashy.simulator.ServerOptions;
import crashy.simulator.SimulatedFarm;
import crashy.simulator.SimulatorServer;
import crashy.testing.EndToEndSettings;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The demo's way of chatting: the terminal chat and terminal DMs over the simulated farm, whose renders write EXR
 * frames. The artist sees their render finish with a picture saved to disk, and asks for a frame with /preview.
 */
@SpringBootTest
@DirtiesContext
class TerminalChatIntegrationTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Pattern PICTURE = Pattern.compile("🖼 (/\\S+\\.jpg)");
    private static final Path FRAMES = EndToEndSettings.frameFolder("crashy-terminal-frames");
    private static final SimulatedFarm FARM = new SimulatedFarm(5, Instant.now(), FRAMES);
    private static final SimulatorServer DEADLINE = SimulatorServer.start(FARM, ServerOptions.onPort(0));
    private static final ByteArrayOutputStream SHOWN = new ByteArrayOutputStream();
    private static final PipedOutputStream TYPED = new PipedOutputStream();

    static {
        FARM.addWorker("render01");
        // Alice is a Deadline user from the start, so the terminal links to her as the demo does.
        FARM.submit(
                JobSpec.named("shot050_demo").withUser("alice").withTasks(2).withTaskDuration(Duration.ofMinutes(1)));
    }

    @DynamicPropertySource
    static void demo(DynamicPropertyRegistry registry) {
        registry.add("crashy.deadline.url", () -> "http://127.0.0.1:" + DEADLINE.port());
        registry.add("crashy.poll.active", () -> "200ms");
        registry.add("crashy.poll.recent", () -> "500ms");
        registry.add("crashy.terminal.enabled", () -> "true");
        registry.add("crashy.terminal.user", () -> "alice");
        EndToEndSettings.previews(registry, FRAMES);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:terminal-chat;DB_CLOSE_DELAY=-1");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Console {
        @Bean
        @Primary
        TerminalConsole testConsole() throws IOException {
            return new TerminalConsole(
                    new PipedInputStream(TYPED), new PrintStream(SHOWN, true, StandardCharsets.UTF_8));
        }

        @Bean
        DisposableBean closeFarm() {
            return DEADLINE::close;
        }
    }

    @Test
    void aFinishedRenderShowsItsPictureAndPreviewShowsAFrame() throws IOException {
        // given: the terminal is linked to alice
        await().atMost(WAIT).until(() -> shown().contains("You are the artist \"alice\""));

        // when
        FARM.advance(Duration.ofHours(1));

        // then: the DM box ends with the saved contact sheet
        await().atMost(WAIT).until(() -> shown().contains("✅ Finished: shot050_demo"));
        await().atMost(WAIT).until(() -> picture(shown(), "shot050_demo-sheet.jpg") != null);
        assertIsAPicture(picture(shown(), "shot050_demo-sheet.jpg"));

        // when
        TYPED.write("/preview shot050_demo 2\n".getBytes(StandardCharsets.UTF_8));
        TYPED.flush();

        // then
        await().atMost(WAIT).until(() -> picture(shown(), "shot050_demo-frame-2.jpg") != null);
        assertThat(shown()).contains("🖼 shot050_demo, frame 2").contains("Preview: frame 2");
        assertIsAPicture(picture(shown(), "shot050_demo-frame-2.jpg"));
    }

    private static String shown() {
        synchronized (SHOWN) {
            return SHOWN.toString(StandardCharsets.UTF_8);
        }
    }

    private static Path picture(String text, String fileName) {
        Matcher matcher = PICTURE.matcher(text);
        while (matcher.find()) {
            if (matcher.group(1).endsWith("/" + fileName)) {
                return Path.of(matcher.group(1));
            }
        }
        return null;
    }

    private static void assertIsAPicture(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isPositive();
    }
}
