package crashy.chat.discord;

import static org.assertj.core.api.Assertions.assertThat;

import crashy.command.CommandCatalog;
import crashy.command.TestCommands;
import crashy.farm.FarmPollerFixture;
import crashy.notification.ChatSender;
import crashy.notification.Pictures;
import crashy.subscription.ChatPlatform;
import crashy.subscription.TestSubscriptions;
import crashy.testing.discord.FakeDiscord;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** Discord's settings from the environment, and whether Discord runs at all. */
@ExtendWith(OutputCaptureExtension.class)
class DiscordConfigurationTest {
    private static final String TOKEN = "MTAwMDAwMDAwMDAwMDAwMDAw.Gabcde.crashyTestToken0123456789abcdefXYZ";

    private final FarmPollerFixture farm = FarmPollerFixture.withJobs();
    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withBean(
                    CommandCatalog.class,
                    () -> TestCommands.catalog(
                            farm.board(),
                            TestSubscriptions.create(farm.clock()),
                            farm.clock(),
                            code -> Optional.empty()))
            .withBean(Pictures.class, Pictures::none)
            .withUserConfiguration(DiscordConfiguration.class, DiscordOffNotice.class);

    @Test
    void staysOffWithOneLineAndNoDiscordBeansWithoutAToken(CapturedOutput output) {
        context.run(started -> {
            assertThat(started).hasNotFailed().doesNotHaveBean(ChatSender.class).doesNotHaveBean(DiscordGateway.class);
        });

        assertThat(output.getOut().lines().filter(line -> line.contains("Discord")))
                .singleElement()
                .asString()
                .contains("INFO")
                .endsWith("Discord is off: CRASHY_DISCORD_TOKEN is not set");
    }

    @Test
    void staysOffWhenTurnedOffEvenWithAToken(CapturedOutput output) {
        environment(Map.of("CRASHY_DISCORD_TOKEN", TOKEN, "CRASHY_DISCORD_ENABLED", "off"))
                .run(started -> assertThat(started).hasNotFailed().doesNotHaveBean(DiscordGateway.class));

        assertThat(output)
                .contains("Discord is off: CRASHY_DISCORD_ENABLED is false")
                .doesNotContain(TOKEN);
    }

    @Test
    void connectsWithTheSettingsFromTheEnvironmentAndNeverShowsTheToken(CapturedOutput output) {
        try (FakeDiscord discord = FakeDiscord.start()) {
            Map<String, Object> variables = new HashMap<>();
            variables.put("CRASHY_DISCORD_TOKEN", TOKEN);
            variables.put("CRASHY_DISCORD_GUILDS", "2000,2001");
            variables.put("CRASHY_DISCORD_ADMIN_ROLE", "Render Wranglers");
            variables.put("CRASHY_DISCORD_API_URL", discord.restBaseUrl());
            variables.put("CRASHY_DISCORD_GATEWAY_URL", discord.gatewayUrl());

            environment(variables).run(started -> {
                discord.awaitCall("PUT", "applications/{app}/commands", Duration.ofSeconds(10));
                DiscordProperties properties = started.getBean(DiscordProperties.class);
                assertThat(properties)
                        .isEqualTo(DiscordProperties.of(
                                TOKEN,
                                Set.of(2000L, 2001L),
                                "Render Wranglers",
                                URI.create(discord.restBaseUrl()),
                                URI.create(discord.gatewayUrl())));
                assertThat(properties.toString()).doesNotContain(TOKEN).contains("token=(hidden)");
                assertThat(started.getBean(ChatSender.class).platform()).isEqualTo(ChatPlatform.DISCORD);
                assertThat(started.getBean(DiscordGateway.class).isRunning()).isTrue();
                assertThat(discord.calls().get(0).authorization()).isEqualTo("Bot " + TOKEN);
            });
        }

        assertThat(output).doesNotContain(TOKEN);
    }

    @Test
    void talksToDiscordItselfByDefault() {
        DiscordProperties properties = new Binder(new MapConfigurationPropertySource(Map.of(
                        "crashy.discord.token", TOKEN, "crashy.discord.admin-role", " ", "crashy.discord.guilds", "")))
                .bind("crashy.discord", DiscordProperties.class)
                .get();

        assertThat(properties.apiUrl()).isEqualTo(URI.create("https://discord.com/api/v10/"));
        assertThat(properties.gatewayUrl()).isEqualTo(URI.create("wss://gateway.discord.gg/"));
        assertThat(properties.guilds()).isEmpty();
        assertThat(properties.adminRole()).isNull();
    }

    @Test
    void failsAtStartupOnAnApiUrlThatIsNotHttp() {
        context.withPropertyValues("crashy.discord.token=" + TOKEN, "crashy.discord.api-url=ftp://discord.com/api")
                .run(started -> assertThat(started)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageStartingWith("crashy.discord.api-url must be an http or https URL"));
    }

    @Test
    void knowsTheAdminRoleByIdOrName() {
        DiscordProperties byName = properties("Render Wranglers");
        DiscordProperties byId = properties("2100");

        assertThat(byName.isAdminRole("2100", "render wranglers")).isTrue();
        assertThat(byId.isAdminRole("2100", "admin")).isTrue();
        assertThat(byId.isAdminRole("2101", "2100 fans")).isFalse();
        assertThat(properties(null).isAdminRole("2100", "admin")).isFalse();
    }

    private static DiscordProperties properties(String adminRole) {
        return DiscordProperties.of(
                TOKEN,
                Set.of(2000L),
                adminRole,
                URI.create("https://discord.com/api/v10/"),
                URI.create("wss://gateway.discord.gg/"));
    }

    private ApplicationContextRunner environment(Map<String, Object> variables) {
        return context.withInitializer(started -> started.getEnvironment()
                .getPropertySources()
                .replace(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new SystemEnvironmentPropertySource(
                                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables)));
    }
}
