package crashy.testing.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fake gateway's protocol as a bare client sees it (docs/chat-fakes.md §1.2, §1.5, §1.6). */
class FakeGatewayTest {
    private static final String JSON = "?encoding=json&v=10";
    private static final String IDENTIFY = "{\"op\":2,\"d\":{\"token\":\"secret\",\"intents\":4609}}";

    private final FakeDiscord discord = FakeDiscord.builder().token("secret").start();

    @AfterEach
    void stop() {
        discord.close();
    }

    @Test
    void greetsWithHelloAndAcknowledgesHeartbeats() {
        try (RawGatewayClient client = RawGatewayClient.connect(discord, JSON)) {
            JsonNode hello = client.next();
            client.send("{\"op\":1,\"d\":null}");

            assertThat(hello.path("op").asInt()).isEqualTo(10);
            assertThat(hello.path("d").path("heartbeat_interval").asInt()).isEqualTo(41_250);
            assertThat(client.next().path("op").asInt()).isEqualTo(11);
        }
    }

    @Test
    void answersIdentifyWithReadyThenTheGuild() {
        try (RawGatewayClient client = RawGatewayClient.connect(discord, JSON)) {
            client.next();
            client.send(IDENTIFY);
            JsonNode ready = client.next();
            JsonNode guild = client.next();

            assertThat(ready.path("t").asText()).isEqualTo("READY");
            assertThat(ready.path("s").asInt()).isEqualTo(1);
            assertThat(ready.path("d").path("resume_gateway_url").asText()).isEqualTo(discord.gatewayUrl());
            assertThat(ready.path("d").path("application").path("id").asText()).isEqualTo(DiscordWorld.APPLICATION_ID);
            assertThat(ready.path("d").path("guilds").findValuesAsText("id")).containsExactly(DiscordWorld.GUILD_ID);
            assertThat(guild.path("t").asText()).isEqualTo("GUILD_CREATE");
            JsonNode d = guild.path("d");
            assertThat(d.path("member_count").asInt())
                    .isEqualTo(d.path("members").size())
                    .isEqualTo(4);
            assertThat(d.path("members").findValuesAsText("id")).contains(DiscordWorld.APPLICATION_ID);
            assertThat(d.path("roles")).allMatch(role -> role.path("colors").has("primary_color"));
            assertThat(d.path("roles").findValuesAsText("name")).containsExactly("@everyone", "admin");
        }
    }

    @Test
    void compressesEveryFrameIntoOneZlibStreamWhenAsked() {
        try (RawGatewayClient client = RawGatewayClient.connect(discord, JSON + "&compress=zlib-stream")) {
            JsonNode hello = client.next();
            client.send(IDENTIFY);
            JsonNode ready = client.next();

            assertThat(hello.path("op").asInt()).isEqualTo(10);
            assertThat(ready.path("t").asText()).isEqualTo("READY");
            assertThat(client.binaryFrames())
                    .hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(frame -> assertThat(Arrays.copyOfRange(frame, frame.length - 4, frame.length))
                            .containsExactly(0x00, 0x00, 0xFF, 0xFF));
        }
    }

    @Test
    void replaysWhatTheBotMissedWhenItResumes() {
        String session;
        try (RawGatewayClient first = RawGatewayClient.connect(discord, JSON)) {
            first.next();
            first.send(IDENTIFY);
            session = first.next().path("d").path("session_id").asText();
            first.next();
            discord.dropConnection();
        }
        InteractionTicket missed = discord.slashCommand(discord.person("alice"), "status");

        try (RawGatewayClient second = RawGatewayClient.connect(discord, JSON)) {
            second.next();
            second.send("{\"op\":6,\"d\":{\"token\":\"secret\",\"session_id\":\"" + session + "\",\"seq\":2}}");
            JsonNode replayed = second.next();
            JsonNode resumed = second.next();

            assertThat(replayed.path("t").asText()).isEqualTo("INTERACTION_CREATE");
            assertThat(replayed.path("d").path("id").asText()).isEqualTo(missed.id());
            assertThat(resumed.path("t").asText()).isEqualTo("RESUMED");
            assertThat(resumed.path("s").asInt()).isEqualTo(4);
        }
    }

    @Test
    void refusesToResumeAnUnknownSession() {
        try (RawGatewayClient client = RawGatewayClient.connect(discord, JSON)) {
            client.next();
            client.send("{\"op\":6,\"d\":{\"token\":\"secret\",\"session_id\":\"nope\",\"seq\":1}}");

            JsonNode invalid = client.next();

            assertThat(invalid.path("op").asInt()).isEqualTo(9);
            assertThat(invalid.path("d").asBoolean(true)).isFalse();
        }
    }

    @Test
    void closesWith4004WhenTheTokenIsWrong() {
        try (RawGatewayClient client = RawGatewayClient.connect(discord, JSON)) {
            client.next();
            client.send("{\"op\":2,\"d\":{\"token\":\"stolen\",\"intents\":0}}");

            assertThat(client.awaitCloseCode(Duration.ofSeconds(10))).isEqualTo(4004);
        }
    }
}
