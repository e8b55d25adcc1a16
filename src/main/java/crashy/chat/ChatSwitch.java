package crashy.chat;

import crashy.subscription.ChatPlatform;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Conditional;

/**
 * Puts a bean in only while a chat platform runs, or with {@code whenOff} only while it stays off: it runs when
 * {@code CRASHY_<PLATFORM>_TOKEN} is set, unless {@code CRASHY_<PLATFORM>_ENABLED} is false ({@link ChatSwitchCondition}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Conditional(ChatSwitchCondition.class)
public @interface ChatSwitch {
    ChatPlatform value();

    boolean whenOff() default false;
}
