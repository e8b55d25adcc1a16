package crashy.testing.discord;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A REST path template relative to {@code /api/v10/}, such as {@code channels/{channel_id}/messages}: a segment in
 * braces, or {@code *}, stands for any one segment; other segments must match exactly.
 */
record RoutePattern(String template, List<String> segments) {
    RoutePattern {
        segments = List.copyOf(segments);
    }

    static RoutePattern of(String template) {
        String relative = relative(template);
        return new RoutePattern(relative, List.of(relative.split("/", -1)));
    }

    /** A path or template without a leading {@code /} or {@code /api/v10/}. */
    static String relative(String path) {
        String relative = path.startsWith("/") ? path.substring(1) : path;
        return relative.startsWith("api/v10/") ? relative.substring("api/v10/".length()) : relative;
    }

    boolean matches(String path) {
        return parameters(path).isPresent();
    }

    /** The values of the template's named segments in this path, if the path matches. */
    Optional<Map<String, String>> parameters(String path) {
        String[] actual = relative(path).split("/", -1);
        if (actual.length != segments.size()) {
            return Optional.empty();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < actual.length; i++) {
            String expected = segments.get(i);
            if (expected.startsWith("{") && expected.endsWith("}")) {
                values.put(expected.substring(1, expected.length() - 1), actual[i]);
            } else if (!expected.equals("*") && !expected.equals(actual[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(values);
    }
}
