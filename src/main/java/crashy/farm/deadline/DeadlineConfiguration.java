package crashy.farm.deadline;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the {@link DeadlineFarmClient} when {@code crashy.deadline.url} is set; without it no client exists and the
 * demo farm takes its place.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeadlineProperties.class)
class DeadlineConfiguration {

    @Bean
    DeadlineTraffic deadlineTraffic() {
        return new DeadlineTraffic();
    }

    // An empty CRASHY_DEADLINE_URL counts as unset, which @ConditionalOnProperty would not do.
    @Bean
    @ConditionalOnExpression("!'${crashy.deadline.url:}'.isBlank()")
    DeadlineFarmClient deadlineFarmClient(DeadlineProperties properties, DeadlineTraffic traffic) {
        return new DeadlineFarmClient(properties, traffic);
    }
}
