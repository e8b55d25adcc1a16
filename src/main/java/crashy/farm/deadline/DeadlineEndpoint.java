package crashy.farm.deadline;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One GET request to the Web Service: a path and its query parameters in order. Its {@link #key()} names the endpoint
 * for traffic counts and messages; parameters that carry ids are named there without their values, so one endpoint
 * has one key however many jobs it is asked about.
 */
record DeadlineEndpoint(String path, List<Parameter> parameters) {

    record Parameter(String name, String value, boolean significant) {
        Parameter {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    DeadlineEndpoint {
        Objects.requireNonNull(path, "path");
        parameters = List.copyOf(parameters);
    }

    static DeadlineEndpoint of(String path) {
        return new DeadlineEndpoint(path, List.of());
    }

    /** Adds a parameter that selects what the endpoint answers, like {@code States=Active} or {@code Data=error}. */
    DeadlineEndpoint with(String name, String value) {
        return plus(new Parameter(name, value, true));
    }

    /** Adds ids, comma separated as Deadline expects lists, like {@code JobID=a,b,c}. */
    DeadlineEndpoint withIds(String name, Collection<String> ids) {
        return plus(new Parameter(name, String.join(",", ids), false));
    }

    URI resolve(URI baseUrl) {
        String query = parameters.stream()
                .map(parameter -> parameter.name() + "=" + encode(parameter.value()))
                .collect(Collectors.joining("&"));
        return URI.create(baseUrl + path + (query.isEmpty() ? "" : "?" + query));
    }

    String key() {
        String query = parameters.stream()
                .map(parameter ->
                        parameter.significant() ? parameter.name() + "=" + parameter.value() : parameter.name())
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? path : path + "?" + query;
    }

    private DeadlineEndpoint plus(Parameter parameter) {
        List<Parameter> more = new ArrayList<>(parameters);
        more.add(parameter);
        return new DeadlineEndpoint(path, more);
    }

    /**
     * Percent-encodes a value but keeps the commas of lists literal, as Deadline's own clients send them, and writes
     * a space as {@code %20}: a {@code +} would be read back as a plus by some servers and as a space by others.
     */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("%2C", ",");
    }
}
