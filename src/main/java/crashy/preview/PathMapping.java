package crashy.preview;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Rewrites paths as the render nodes write them into paths on this machine, the way Deadline's own path mapping
 * does: the first rule whose prefix matches (ignoring case and slash direction) replaces it. Written from
 * {@code CRASHY_PATH_MAPPINGS}, e.g. {@code \\server\renders=/mnt/renders;R:\=/mnt/r/}.
 */
public final class PathMapping {
    private record Rule(String from, String to) {}

    private final List<Rule> rules;

    private PathMapping(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static PathMapping none() {
        return new PathMapping(List.of());
    }

    /** Parses {@code from=to;from=to}; a rule without {@code =} or with an empty side is refused. */
    public static PathMapping parse(String rules) {
        Objects.requireNonNull(rules, "rules");
        List<Rule> parsed = new ArrayList<>();
        for (String rule : rules.split(";")) {
            if (rule.isBlank()) {
                continue;
            }
            int equals = rule.indexOf('=');
            if (equals <= 0 || equals == rule.length() - 1) {
                throw new IllegalArgumentException("\"" + rule.strip() + "\" is not one");
            }
            parsed.add(new Rule(
                    normalise(rule.substring(0, equals).strip()),
                    rule.substring(equals + 1).strip()));
        }
        return new PathMapping(parsed);
    }

    /** The path on this machine: mapped by the first matching rule, else with slashes made forward. */
    public String map(String workerPath) {
        String path = normalise(workerPath);
        for (Rule rule : rules) {
            String prefix = withoutTrailingSlash(rule.from());
            String lowerPath = path.toLowerCase(Locale.ROOT);
            String lowerPrefix = prefix.toLowerCase(Locale.ROOT);
            if (lowerPath.equals(lowerPrefix) || lowerPath.startsWith(lowerPrefix + "/")) {
                return withoutTrailingSlash(rule.to().replace('\\', '/')) + path.substring(prefix.length());
            }
        }
        return path;
    }

    private static String normalise(String path) {
        return path.replace('\\', '/');
    }

    private static String withoutTrailingSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
