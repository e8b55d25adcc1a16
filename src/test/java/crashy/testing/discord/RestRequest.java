package crashy.testing.discord;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A REST call on its way through the fake, with the values of its route's path parameters. */
record RestRequest(RecordedCall call, Map<String, String> parameters) {
    RestRequest {
        parameters = Map.copyOf(parameters);
    }

    String parameter(String name) {
        String value = parameters.get(name);
        if (value == null) {
            throw new IllegalStateException("Route has no parameter " + name + ": " + call);
        }
        return value;
    }

    JsonNode json() {
        return call.json();
    }

    List<Part> files() {
        return call.files();
    }

    Optional<String> queryParameter(String name) {
        return call.queryParameter(name);
    }
}
