package crashy.testing;

import crashy.simulator.SimulatorServer;
import crashy.testing.discord.DiscordWorld;
import crashy.testing.discord.FakeDiscord;
import crashy.testing.discord.FakeDiscordJda;
import crashy.testing.telegram.FakeTelegram;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The settings the end-to-end tests give all of Crashy: the simulated farm polled fast, a database of the test's own,
 * and a chat platform pointed at its fake.
 */
public final class EndToEndSettings {
    private EndToEndSettings() {}

    /** The farm behind {@code deadline}, polled every 200 ms (active) and 500 ms (recent); an in-memory database. */
    public static void farm(DynamicPropertyRegistry registry, SimulatorServer deadline, String database) {
        registry.add("crashy.deadline.url", () -> "http://127.0.0.1:" + deadline.port());
        registry.add("crashy.poll.active", () -> "200ms");
        registry.add("crashy.poll.recent", () -> "500ms");
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1");
    }

    /** A fresh folder for a simulated farm's frames (its real path, as the preview roots check paths). */
    public static Path frameFolder(String name) {
        try {
            return Files.createTempDirectory(name).toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Previews on, reading the frames a simulated farm writes into {@code frames}. */
    public static void previews(DynamicPropertyRegistry registry, Path frames) {
        registry.add("crashy.preview.roots", frames::toString);
    }

    /** Telegram on, at the fake Bot API, with one allowed user. */
    public static void telegram(DynamicPropertyRegistry registry, FakeTelegram telegram, long allowedUser) {
        registry.add("crashy.telegram.token", telegram::token);
        registry.add("crashy.telegram.api-url", telegram::url);
        registry.add("crashy.telegram.allowed-users", () -> Long.toString(allowedUser));
    }

    /** Discord on, at the fake Discord's REST API and gateway, in its one guild with an {@code admin} role. */
    public static void discord(DynamicPropertyRegistry registry, FakeDiscord discord) {
        registry.add("crashy.discord.token", () -> FakeDiscordJda.TOKEN);
        registry.add("crashy.discord.api-url", discord::restBaseUrl);
        registry.add("crashy.discord.gateway-url", discord::gatewayUrl);
        registry.add("crashy.discord.guilds", () -> DiscordWorld.GUILD_ID);
        registry.add("crashy.discord.admin-role", () -> "admin");
    }
}
