package crashy.farm.deadline;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A bounded canonicalising map: equal strings read from different answers come back as one instance, so the jobs of a
 * large farm share their few user, plugin, pool, group and output names instead of holding a copy each.
 */
final class SharedStrings {
    private final int capacity;
    private final Map<String, String> strings = new ConcurrentHashMap<>();

    SharedStrings(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
    }

    String share(String value) {
        if (value.isEmpty()) {
            return "";
        }
        String shared = strings.putIfAbsent(value, value);
        if (shared != null) {
            return shared;
        }
        if (strings.size() > capacity) {
            // Rather than tracking use, start over: the strings that matter recur in every answer and are back at once,
            // and the map never holds more than its capacity however many unique paths a farm has.
            strings.clear();
        }
        return value;
    }

    int size() {
        return strings.size();
    }
}
