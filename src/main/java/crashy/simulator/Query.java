package crashy.simulator;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The parameters of a request, read as leniently as the Web Service reads them: names ignore case ({@code JobId} is
 * {@code JobID}), {@code +} is a space, booleans ignore case ({@code True}), lists are comma separated. The first of
 * repeated parameters wins.
 */
final class Query {
    private final Map<String, String> values;

    private Query(Map<String, String> values) {
        this.values = values;
    }

    /** @throws IllegalArgumentException for a malformed percent escape */
    static Query parse(@Nullable String rawQuery) {
        Map<String, String> values = new HashMap<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                values.putIfAbsent(name.toLowerCase(Locale.ROOT), value);
            }
        }
        return new Query(values);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    boolean has(String name) {
        return values.containsKey(name.toLowerCase(Locale.ROOT));
    }

    Optional<String> text(String name) {
        return Optional.ofNullable(values.get(name.toLowerCase(Locale.ROOT)))
                .map(String::trim)
                .filter(value -> !value.isEmpty());
    }

    List<String> list(String name) {
        return text(name)
                .map(value -> Arrays.stream(value.split(","))
                        .map(String::trim)
                        .filter(item -> !item.isEmpty())
                        .toList())
                .orElse(List.of());
    }

    boolean flag(String name) {
        return text(name).map(value -> value.equalsIgnoreCase("true")).orElse(false);
    }
}
