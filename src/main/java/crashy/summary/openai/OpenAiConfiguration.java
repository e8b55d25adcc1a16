package crashy.summary.openai;

import crashy.summary.TokenBudget;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the daily {@link TokenBudget} and, when {@code CRASHY_OPENAI_API_KEY} is set, the
 * {@link OpenAiCrashSummarizer}; without a key crash summaries stay rule-based, which one WARN line says.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OpenAiProperties.class)
class OpenAiConfiguration {
    private static final Logger log = LoggerFactory.getLogger(OpenAiConfiguration.class);

    @Bean
    TokenBudget tokenBudget(OpenAiProperties properties, Clock clock) {
        if (!properties.hasKey()) {
            log.warn("CRASHY_OPENAI_API_KEY is not set: crash summaries are rule-based only");
        }
        return new TokenBudget(properties.dailyTokens(), clock);
    }

    // An empty CRASHY_OPENAI_API_KEY counts as unset, which @ConditionalOnProperty would not do.
    @Bean
    @ConditionalOnExpression("!'${crashy.openai.api-key:}'.isBlank()")
    OpenAiCrashSummarizer openAiCrashSummarizer(OpenAiProperties properties, Clock clock) {
        log.info(
                "AI crash summaries by {} at {}",
                properties.model(),
                properties.baseUrl().getHost());
        return new OpenAiCrashSummarizer(properties, clock);
    }
}
