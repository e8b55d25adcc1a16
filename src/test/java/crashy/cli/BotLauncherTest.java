package crashy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import crashy.testing.discord.FakeDiscord;
import crashy.testing.telegram.FakeTelegram;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad configuration stops startup with one line naming the setting, and nothing else on the console. */
class BotLauncherTest {
    private static final String FARM = "--crashy.deadline.url=http://127.0.0.1:9";

    @TempDir
    Path temp;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @BeforeEach
    void captureStandardError() {
        originalErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStandardError() {
        System.setErr(originalErr);
    }

    @Test
    void namesADurationThatIsNotOne() {
        assertThat(launch(FARM, "--crashy.poll.active=soon")).isEqualTo(1);
        assertThat(oneLine())
                .startsWith("Invalid setting CRASHY_POLL_ACTIVE (crashy.poll.active)")
                .contains("soon");
    }

    @Test
    void namesADurationThatIsTooShort() {
        assertThat(launch(FARM, "--crashy.poll.active=10ms")).isEqualTo(1);
        assertThat(oneLine()).startsWith("Invalid setting CRASHY_POLL_ACTIVE (crashy.poll.active) = \"PT0.01S\"");
    }

    @Test
    void namesAPreviewRootThatIsNotAFolder() {
        assertThat(launch(FARM, "--crashy.preview.roots=" + temp + ";" + temp.resolve("missing")))
                .isEqualTo(1);
        assertThat(oneLine())
                .isEqualTo("Invalid setting CRASHY_PREVIEW_ROOTS (crashy.preview.roots): must list folders that exist,"
                        + " separated by ';', and \"" + temp.resolve("missing") + "\" is not one");
    }

    @Test
    void namesAPathMappingItCannotRead() {
        assertThat(launch(FARM, "--crashy.path-mappings=R:\\=/mnt/r;/mnt/s")).isEqualTo(1);
        assertThat(oneLine())
                .isEqualTo("Invalid setting CRASHY_PATH_MAPPINGS (crashy.path-mappings): must be from=to rules"
                        + " separated by ';', and \"/mnt/s\" is not one");
    }

    @Test
    void namesAPreviewWidthOutOfRange() {
        assertThat(launch(FARM, "--crashy.preview.width=5")).isEqualTo(1);
        assertThat(oneLine())
                .isEqualTo("Invalid setting CRASHY_PREVIEW_WIDTH (crashy.preview.width): must be between 16 and 8192"
                        + " pixels, not 5");
    }

    @Test
    void namesAFarmUrlThatIsNotHttp() {
        assertThat(launch("--crashy.deadline.url=ftp://deadline")).isEqualTo(1);
        assertThat(oneLine())
                .startsWith("Invalid setting CRASHY_DEADLINE_URL (crashy.deadline.url)")
                .contains("http");
    }

    @Test
    void namesADataDirectoryThatCannotBeWritten() throws Exception {
        Path file = Files.writeString(temp.resolve("not-a-directory"), "x");

        assertThat(launch(FARM, "--crashy.data-dir=" + file.resolve("data"))).isEqualTo(1);
        assertThat(oneLine()).startsWith("Invalid setting CRASHY_DATA_DIR (crashy.data-dir)");
    }

    @Test
    void refusesAChatTokenWithoutAFarm() {
        assertThat(launch("--crashy.telegram.token=123:abc")).isEqualTo(1);
        assertThat(oneLine())
                .startsWith("Invalid setting CRASHY_DEADLINE_URL (crashy.deadline.url): is not set")
                .doesNotContain("123:abc");
    }

    @Test
    void namesTheTelegramTokenWhenTelegramRefusesIt() {
        try (FakeTelegram telegram = FakeTelegram.start("123456:AAE-the-right-one")) {
            assertThat(launch(
                            FARM,
                            "--crashy.telegram.api-url=" + telegram.url(),
                            "--crashy.telegram.token=123456:AAE-revoked-secret"))
                    .isEqualTo(1);
        }
        assertThat(oneLine())
                .isEqualTo("Crashy could not start: CRASHY_TELEGRAM_TOKEN was refused by Telegram (401 Unauthorized):"
                        + " set it to the token @BotFather gave the bot");
    }

    @Test
    void namesATelegramApiUrlTelegrambotsCannotUse() {
        assertThat(launch(
                        FARM,
                        "--crashy.telegram.token=123456:AAE-secret",
                        "--crashy.telegram.api-url=https://proxy.example.com/telegram"))
                .isEqualTo(1);
        assertThat(oneLine())
                .startsWith(
                        "Invalid setting CRASHY_TELEGRAM_API_URL (crashy.telegram.api-url): must be an http or https"
                                + " URL with a host and no path")
                .doesNotContain("AAE-secret");
    }

    @Test
    void namesTheDiscordTokenWhenDiscordRefusesIt() {
        try (FakeDiscord discord =
                FakeDiscord.builder().token("the-right-token").start()) {
            int exit = launch(
                    FARM,
                    "--crashy.discord.token=a-wrong-token",
                    "--crashy.discord.api-url=" + discord.restBaseUrl(),
                    "--crashy.discord.gateway-url=" + discord.gatewayUrl());

            assertThat(exit).isEqualTo(1);
        }
        assertThat(oneLine())
                .startsWith("Crashy could not start: CRASHY_DISCORD_TOKEN was refused by Discord (401 Unauthorized)")
                .doesNotContain("a-wrong-token");
    }

    @Test
    void namesADiscordSettingThatIsWrong() {
        assertThat(launch(FARM, "--crashy.discord.guilds=the-school-server")).isEqualTo(1);
        assertThat(oneLine()).startsWith("Invalid setting CRASHY_DISCORD_GUILDS (crashy.discord.guilds)");

        err.reset();
        assertThat(launch(
                        FARM, "--crashy.discord.token=abc", "--crashy.discord.gateway-url=https://gateway.discord.gg"))
                .isEqualTo(1);
        assertThat(oneLine())
                .startsWith(
                        "Invalid setting CRASHY_DISCORD_GATEWAY_URL (crashy.discord.gateway-url): must be a ws or wss"
                                + " URL")
                .doesNotContain("abc");
    }

    private int launch(String... args) {
        String[] all = new String[args.length + 1];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--crashy.data-dir=" + temp.resolve("data");
        if (args.length > 0 && args[args.length - 1].startsWith("--crashy.data-dir")) {
            all = args;
        }
        return BotLauncher.launch(all);
    }

    private String oneLine() {
        String text = err.toString(StandardCharsets.UTF_8);
        assertThat(text.lines()).as(text).hasSize(1);
        return text.strip();
    }
}
