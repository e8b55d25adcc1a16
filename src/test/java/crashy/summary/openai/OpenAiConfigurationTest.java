package crashy.summary.openai;

import static org.assertj.core.api.Assertions.assertThat;

import crashy.summary.CrashSummarizer;
import crashy.summary.TokenBudget;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

@ExtendWith(OutputCaptureExtension.class)
class OpenAiConfigurationTest {
    private static final String KEY = "sk-proj-crashyTestKey0123456789abcdefXYZ";

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withBean(Clock.class, Clock::systemUTC)
            .withUserConfiguration(OpenAiConfiguration.class);

    @Test
    void buildsTheSummarizerFromTheEnvironmentVariables(CapturedOutput output) {
        environment(Map.of(
                        "CRASHY_OPENAI_API_KEY", KEY,
                        "CRASHY_OPENAI_BASE_URL", "http://127.0.0.1:9/v1",
                        "CRASHY_OPENAI_MODEL", "gpt-4.1-mini",
                        "CRASHY_OPENAI_DAILY_TOKENS", "50000",
                        "CRASHY_OPENAI_TIMEOUT", "7s"))
                .run(started -> {
                    assertThat(started).hasSingleBean(CrashSummarizer.class).hasSingleBean(TokenBudget.class);
                    assertThat(started.getBean(OpenAiProperties.class))
                            .isEqualTo(new OpenAiProperties(
                                    KEY,
                                    URI.create("http://127.0.0.1:9/v1"),
                                    "gpt-4.1-mini",
                                    50_000,
                                    Duration.ofSeconds(7),
                                    160));
                    assertThat(started.getBean(TokenBudget.class).remainingToday())
                            .isEqualTo(50_000);
                });
        assertThat(output).doesNotContain(KEY).doesNotContain("rule-based only");
    }

    @Test
    void startsWithoutASummarizerAndSaysSoWhenThereIsNoKey(CapturedOutput output) {
        environment(Map.of("CRASHY_OPENAI_API_KEY", "  ")).run(started -> {
            assertThat(started).hasNotFailed().doesNotHaveBean(CrashSummarizer.class);
            assertThat(started).hasSingleBean(TokenBudget.class);
        });
        context.run(started -> assertThat(started).hasNotFailed().doesNotHaveBean(CrashSummarizer.class));

        assertThat(output).contains("CRASHY_OPENAI_API_KEY is not set: crash summaries are rule-based only");
    }

    @Test
    void usesOpenAisSmallModelWithADailyBudgetByDefault() {
        context.withPropertyValues("crashy.openai.api-key=" + KEY).run(started -> {
            OpenAiProperties properties = started.getBean(OpenAiProperties.class);
            assertThat(properties.baseUrl()).isEqualTo(URI.create("https://api.openai.com/v1"));
            assertThat(properties.model()).isEqualTo("gpt-4o-mini");
            assertThat(properties.dailyTokens()).isEqualTo(200_000);
            assertThat(properties.timeout()).isEqualTo(Duration.ofSeconds(20));
        });
    }

    @Test
    void failsAtStartupOnABaseUrlThatIsNotHttp() {
        context.withPropertyValues("crashy.openai.base-url=file:///etc/passwd")
                .run(started -> assertThat(started)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("crashy.openai.base-url must be an http or https URL"));
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
