package crashy.farm.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import crashy.farm.FarmClient;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class DeadlineConfigurationTest {
    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(DeadlineConfiguration.class);

    @Test
    void buildsTheClientFromTheEnvironmentVariables() {
        environment(Map.of(
                        "CRASHY_DEADLINE_URL", "http://deadline:8081",
                        "CRASHY_DEADLINE_USER", "djt",
                        "CRASHY_DEADLINE_PASSWORD", "hunter2-secret",
                        "CRASHY_DEADLINE_TIMEOUT", "3s"))
                .run(started -> {
                    assertThat(started).hasSingleBean(FarmClient.class).hasSingleBean(DeadlineTraffic.class);
                    assertThat(started.getBean(DeadlineProperties.class))
                            .isEqualTo(new DeadlineProperties(
                                    URI.create("http://deadline:8081"),
                                    "djt",
                                    "hunter2-secret",
                                    Duration.ofSeconds(3)));
                    assertThat(started.getBean(DeadlineFarmClient.class).traffic())
                            .isSameAs(started.getBean(DeadlineTraffic.class));
                });
    }

    @Test
    void waitsTenSecondsByDefault() {
        context.withPropertyValues("crashy.deadline.url=http://deadline:8081")
                .run(started -> assertThat(
                                started.getBean(DeadlineProperties.class).timeout())
                        .isEqualTo(Duration.ofSeconds(10)));
    }

    @Test
    void buildsNoClientWithoutUrlSoThatTheDemoFarmRuns() {
        context.run(started -> assertThat(started).hasNotFailed().doesNotHaveBean(FarmClient.class));
        environment(Map.of("CRASHY_DEADLINE_URL", ""))
                .run(started -> assertThat(started).hasNotFailed().doesNotHaveBean(FarmClient.class));
    }

    @Test
    void failsAtStartupOnAUrlThatIsNotHttp() {
        context.withPropertyValues("crashy.deadline.url=ftp://deadline:8081")
                .run(started -> assertThat(started)
                        .hasFailed()
                        .getFailure()
                        .rootCause()
                        .hasMessageContaining("crashy.deadline.url must be an http or https URL with a host"));
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
