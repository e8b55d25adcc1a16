package crashy.chat.telegram;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether Telegram runs: when {@code CRASHY_TELEGRAM_TOKEN} is set, unless {@code CRASHY_TELEGRAM_ENABLED} is false. An
 * empty token counts as unset. The token is only checked for presence here, never parsed or shown.
 */
final class TelegramSwitch {
    private TelegramSwitch() {}

    /** Why Telegram stays off in this environment; empty when it runs. */
    static String offReason(Environment environment) {
        if (isFalse(environment.getProperty("crashy.telegram.enabled", ""))) {
            return "CRASHY_TELEGRAM_ENABLED is false";
        }
        String token = environment.getProperty("crashy.telegram.token", "");
        return token.isBlank() ? "CRASHY_TELEGRAM_TOKEN is not set" : "";
    }

    /**
     * Whether the setting says false as Spring reads booleans ({@code false}, {@code off}, {@code no}, {@code 0}). A
     * value that is no boolean counts as on, so that binding {@link TelegramProperties} refuses it naming the setting.
     */
    private static boolean isFalse(String value) {
        try {
            return Boolean.FALSE.equals(
                    DefaultConversionService.getSharedInstance().convert(value.strip(), Boolean.class));
        } catch (ConversionException notABoolean) {
            return false;
        }
    }

    /** Matches when Telegram runs. */
    static final class On extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String reason = offReason(context.getEnvironment());
            return reason.isEmpty()
                    ? ConditionOutcome.match("Telegram is on")
                    : ConditionOutcome.noMatch("Telegram is off: " + reason);
        }
    }

    /** Matches when Telegram stays off. */
    static final class Off extends SpringBootCondition {
        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String reason = offReason(context.getEnvironment());
            return reason.isEmpty()
                    ? ConditionOutcome.noMatch("Telegram is on")
                    : ConditionOutcome.match("Telegram is off: " + reason);
        }
    }
}
