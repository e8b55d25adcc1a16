package crashy.chat.discord;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether Discord runs: when {@code CRASHY_DISCORD_TOKEN} is set, unless {@code CRASHY_DISCORD_ENABLED} is false. An
 * empty token counts as unset. The token is only checked for presence here, never parsed or shown.
 */
final class DiscordSwitch {
    private DiscordSwitch() {}

    /** Why Discord stays off in this environment; empty when it runs. */
    static String offReason(Environment environment) {
        if (isFalse(environment.getProperty("crashy.discord.enabled", ""))) {
            return "CRASHY_DISCORD_ENABLED is false";
        }
        String token = environment.getProperty("crashy.discord.token", "");
        return token.isBlank() ? "CRASHY_DISCORD_TOKEN is not set" : "";
    }

    /**
     * Whether the setting says false as Spring reads booleans ({@code false}, {@code off}, {@code no}, {@code 0}). A
     * value that is no boolean counts as on, so that binding {@link DiscordProperties} refuses it naming the setting.
     */
    private static boolean isFalse(String value) {
        try {
            return Boolean.FALSE.equals(
                    DefaultConversionService.getSharedInstance().convert(value.strip(), Boolean.class));
        } catch (ConversionException notABoolean) {
            return false;
        }
    }

    /** Matches when Discord runs. */
    static final class On extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String reason = offReason(context.getEnvironment());
            return reason.isEmpty()
                    ? ConditionOutcome.match("Discord is on")
                    : ConditionOutcome.noMatch("Discord is off: " + reason);
        }
    }

    /** Matches when Discord stays off. */
    static final class Off extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String reason = offReason(context.getEnvironment());
            return reason.isEmpty()
                    ? ConditionOutcome.noMatch("Discord is on")
                    : ConditionOutcome.match("Discord is off: " + reason);
        }
    }
}
