package crashy.chat.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import crashy.subscription.Trust;
import java.net.URI;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.telegram.telegrambots.meta.TelegramUrl;

class TelegramPropertiesTest {
    private static final String TOKEN = "123456:AAE-secret-token-part";

    @Test
    void neverShowsTheTokenWhenPrinted() {
        // given
        TelegramProperties properties =
                TelegramProperties.of(TOKEN, URI.create("https://api.telegram.org"), Set.of(42L));

        // when
        String text = properties.toString();

        // then
        assertThat(text).doesNotContain("secret").doesNotContain("123456").contains("(hidden)");
    }

    @Test
    void talksToTheRealBotApiOnPort443ByDefault() {
        // given
        TelegramProperties properties = TelegramProperties.of(TOKEN, URI.create("https://api.telegram.org"), Set.of());

        // then
        assertThat(properties.telegramUrl()).isEqualTo(new TelegramUrl("https", "api.telegram.org", 443, false));
    }

    @Test
    void pointsAtALoopbackServerWithItsPort() {
        // given
        TelegramProperties properties = TelegramProperties.of(TOKEN, URI.create("http://127.0.0.1:8081/"), Set.of());

        // then
        assertThat(properties.telegramUrl()).isEqualTo(new TelegramUrl("http", "127.0.0.1", 8081, false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://api.telegram.org", "api.telegram.org", "https://proxy.example.com/telegram"})
    void refusesAnApiUrlTelegrambotsCannotUse(String url) {
        assertThatThrownBy(() -> TelegramProperties.of(TOKEN, URI.create(url), Set.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("crashy.telegram.api-url must be an http or https URL with a host and no path");
    }

    @Test
    void doesNotEchoAPasswordInTheApiUrl() {
        assertThatThrownBy(() -> TelegramProperties.of(TOKEN, URI.create("https://bot:hunter2@proxy/x"), Set.of()))
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void vouchesForAllowListedUsersOnly() {
        // given
        TelegramProperties properties =
                TelegramProperties.of(TOKEN, URI.create("https://api.telegram.org"), Set.of(42L));

        // then
        assertThat(properties.trustOf(42)).isEqualTo(Trust.MEMBER);
        assertThat(properties.trustOf(43)).isEqualTo(Trust.STRANGER);
    }

    @Test
    void treatsABlankTokenAsNone() {
        assertThat(TelegramProperties.of("  ", URI.create("https://api.telegram.org"), Set.of())
                        .token())
                .isNull();
    }
}
