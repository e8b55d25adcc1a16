package crashy.testing;

import java.util.HashMap;
import java.util.Map;

/** A benchmark program's command line: {@code --name value} pairs, each with the default the program gives it. */
public final class BenchmarkOptions {
    private final Map<String, String> values = new HashMap<>();

    private BenchmarkOptions(String[] args) {
        for (int i = 0; i + 1 < args.length; i += 2) {
            values.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
    }

    public static BenchmarkOptions parse(String[] args) {
        return new BenchmarkOptions(args);
    }

    public String text(String name, String otherwise) {
        return values.getOrDefault(name, otherwise);
    }

    public int number(String name, int otherwise) {
        return values.containsKey(name) ? Integer.parseInt(values.get(name)) : otherwise;
    }

    public double decimal(String name, double otherwise) {
        return values.containsKey(name) ? Double.parseDouble(values.get(name)) : otherwise;
    }
}
