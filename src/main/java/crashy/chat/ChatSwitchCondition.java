package crashy.chat;

import crashy.subscription.ChatPlatform;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether a chat platform runs, for {@link ChatSwitch}: when {@code CRASHY_<PLATFORM>_TOKEN} is set, unless
 * {@code CRASHY_<PLATFORM>_ENABLED} is false. An empty token counts as unset. The token is only checked for presence
 * here, never parsed or shown.
 */
public final class ChatSwitchCondition extends SpringBootCondition {

    /** Why the platform stays off in this environment; empty when it runs. */
    public static String offReason(ChatPlatform platform, Environment environment) {
        String key = platform.name().toLowerCase(Locale.ROOT);
        String variable = "CRASHY_" + platform.name();
        if (isFalse(environment.getProperty("crashy." + key + ".enabled", ""))) {
            return variable + "_ENABLED is false";
        }
        String token = environment.getProperty("crashy." + key + ".token", "");
        return token.isBlank() ? variable + "_TOKEN is not set" : "";
    }

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Map<String, Object> attributes =
                Objects.requireNonNull(metadata.getAnnotationAttributes(ChatSwitch.class.getName()), "@ChatSwitch");
        ChatPlatform platform = (ChatPlatform) attributes.get("value");
        boolean whenOff = (Boolean) attributes.get("whenOff");
        String reason = offReason(platform, context.getEnvironment());
        String outcome = nameOf(platform) + (reason.isEmpty() ? " is on" : " is off: " + reason);
        return new ConditionOutcome(reason.isEmpty() != whenOff, outcome);
    }

    /** {@code Discord}, {@code Telegram}: the platform as people write it. */
    private static String nameOf(ChatPlatform platform) {
        return platform.name().charAt(0) + platform.name().substring(1).toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the setting says false as Spring reads booleans ({@code false}, {@code off}, {@code no}, {@code 0}). A
     * value that is no boolean counts as on, so that binding the platform's properties refuses it naming the setting.
     */
    private static boolean isFalse(String value) {
        try {
            return Boolean.FALSE.equals(
                    DefaultConversionService.getSharedInstance().convert(value.strip(), Boolean.class));
        } catch (ConversionException notABoolean) {
            return false;
        }
    }
}
