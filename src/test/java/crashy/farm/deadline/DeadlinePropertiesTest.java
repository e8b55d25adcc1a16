package crashy.farm.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeadlinePropertiesTest {

    @Test
    void acceptsHttpAndHttpsUrlsWithAHost() {
        assertThat(DeadlineProperties.at(URI.create("http://deadline:8081")).url())
                .hasHost("deadline");
        assertThat(DeadlineProperties.at(URI.create("https://farm.example.com/deadline/"))
                        .url())
                .hasHost("farm.example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://deadline:8081", "deadline:8081", "/api/jobs", "http:///api"})
    void refusesUrlsThatAreNotHttpWithAHostAndSaysWhatItWants(String url) {
        assertThatThrownBy(() -> DeadlineProperties.at(URI.create(url)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("crashy.deadline.url must be an http or https URL with a host")
                .hasMessageContaining(url);
    }

    @Test
    void treatsAnEmptyUrlAsNoUrl() {
        assertThat(new DeadlineProperties(URI.create(""), null, null, null).url())
                .isNull();
    }

    @Test
    void waitsTenSecondsUnlessToldOtherwise() {
        assertThat(new DeadlineProperties(null, null, null, null).timeout()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void refusesATimeoutThatIsNotPositive() {
        assertThatThrownBy(() -> new DeadlineProperties(null, null, null, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("crashy.deadline.timeout must be positive");
    }

    @Test
    void neverShowsThePasswordWhenPrinted() {
        // given
        DeadlineProperties properties = new DeadlineProperties(
                URI.create("http://djt:url-secret@deadline:8081"), "djt", "hunter2-secret", Duration.ofSeconds(3));

        // when
        String text = properties.toString();

        // then
        assertThat(text)
                .contains("http://deadline:8081", "djt", "PT3S")
                .doesNotContain("hunter2-secret")
                .doesNotContain("url-secret");
    }

    @Test
    void logsInWithBasicAuthenticationOfTheUserAndPassword() {
        // given
        DeadlineProperties properties =
                DeadlineProperties.at(URI.create("http://deadline:8081")).withLogin("djt", "pässword");

        // expect
        assertThat(properties.authorization()).contains("Basic " + base64("djt:pässword"));
    }

    @Test
    void logsInWithTheCredentialsOfTheUrlWhenNoUserIsSet() {
        assertThat(DeadlineProperties.at(URI.create("http://djt:pw@deadline:8081"))
                        .authorization())
                .contains("Basic " + base64("djt:pw"));
    }

    @Test
    void sendsNoLoginWithoutAUser() {
        assertThat(DeadlineProperties.at(URI.create("http://deadline:8081")).authorization())
                .isEmpty();
        assertThat(DeadlineProperties.at(URI.create("http://deadline:8081"))
                        .withLogin(" ", "pw")
                        .authorization())
                .isEmpty();
    }

    @Test
    void sendsRequestsToTheUrlWithoutItsUserInfoAndTrailingSlash() {
        assertThat(DeadlineProperties.at(URI.create("https://djt:pw@farm.example.com:8443/deadline/"))
                        .baseUrl())
                .isEqualTo(URI.create("https://farm.example.com:8443/deadline"));
    }

    @Test
    void readsTheSettingsFromTheEnvironmentOfTheCommandLine() {
        // given
        Map<String, String> environment = Map.of(
                "CRASHY_DEADLINE_URL", "http://deadline:8082",
                "CRASHY_DEADLINE_USER", "djt",
                "CRASHY_DEADLINE_PASSWORD", "pw",
                "CRASHY_DEADLINE_TIMEOUT", "1500ms");

        // expect
        assertThat(DeadlineProperties.fromEnvironment(environment))
                .contains(new DeadlineProperties(
                        URI.create("http://deadline:8082"), "djt", "pw", Duration.ofMillis(1500)));
    }

    @Test
    void refusesAMalformedUrlFromTheEnvironmentWithoutRepeatingIt() {
        assertThatThrownBy(() -> DeadlineProperties.fromEnvironment(
                        Map.of("CRASHY_DEADLINE_URL", "http://djt:hunter2-secret@dead line:8081")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("CRASHY_DEADLINE_URL is not a URL")
                .hasMessageNotContaining("hunter2-secret");
    }

    @Test
    void findsNoSettingsInAnEnvironmentWithoutUrl() {
        assertThat(DeadlineProperties.fromEnvironment(Map.of("CRASHY_DEADLINE_URL", " ")))
                .isEmpty();
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
