package crashy.cli;

import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.validation.FieldError;

/**
 * Explains why Crashy could not start in one line that names the setting to fix, instead of a page of stack trace.
 */
final class StartupFailures {
    private StartupFailures() {}

    static String explain(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidSettingException invalid) {
                return "Invalid setting " + invalid.getMessage();
            }
            if (cause instanceof BindValidationException validation) {
                return "Invalid setting "
                        + validation.getValidationErrors().getAllErrors().stream()
                                .map(error -> describe(validation, error))
                                .collect(Collectors.joining("; "));
            }
            if (cause instanceof BindException bind && !(bind.getCause() instanceof BindValidationException)) {
                return "Invalid setting " + bound(bind);
            }
        }
        return "Crashy could not start: " + rootMessage(failure);
    }

    /** {@code crashy.poll.active} as a person would set it: {@code CRASHY_POLL_ACTIVE (crashy.poll.active)}. */
    static String settingName(String property) {
        String env = property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
        return env + " (" + property + ")";
    }

    private static String describe(
            BindValidationException validation, org.springframework.validation.ObjectError error) {
        String prefix = validation.getValidationErrors().getName().toString();
        if (error instanceof FieldError field) {
            String property = prefix + "." + toKebab(field.getField());
            return settingName(property) + " = \"" + field.getRejectedValue() + "\": " + field.getDefaultMessage();
        }
        return settingName(prefix) + ": " + error.getDefaultMessage();
    }

    /**
     * The setting and what is wrong with it. A settings record that checks itself names the exact property at the
     * start of its message ({@code crashy.deadline.url must be...}); otherwise the binder names it.
     */
    private static String bound(BindException bind) {
        String root = rootMessage(bind);
        String first = root.split("\\s", 2)[0];
        if (first.startsWith(bind.getName() + ".")) {
            return settingName(first) + ":" + root.substring(first.length());
        }
        return settingName(bind.getName().toString()) + ": " + valueOf(bind) + root;
    }

    private static String valueOf(BindException bind) {
        return bind.getProperty() == null ? "" : "\"" + bind.getProperty().getValue() + "\" is not valid: ";
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }

    private static String toKebab(String field) {
        return field.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
