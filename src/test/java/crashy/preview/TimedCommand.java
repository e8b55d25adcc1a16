package crashy.preview;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a command to its end and measures it: wall time from start to exit, and the peak resident set of the process
 * as GNU time reports it ({@code /usr/bin/time -f %M}); without GNU time the peak is unknown (-1). Used by the
 * preview benchmark, where both tools are run the same way so the wrapper's small cost falls on both.
 */
record TimedCommand(double millis, long peakKilobytes) {
    private static final Path GNU_TIME = Path.of("/usr/bin/time");

    static TimedCommand run(List<String> command) throws IOException, InterruptedException {
        Path report = Files.createTempFile("crashy-bench-time", ".txt");
        try {
            List<String> wrapped = new ArrayList<>();
            if (Files.isExecutable(GNU_TIME)) {
                wrapped.addAll(List.of(GNU_TIME.toString(), "-f", "%M", "-o", report.toString()));
            }
            wrapped.addAll(command);
            Path output = Files.createTempFile("crashy-bench-out", ".txt");
            long start = System.nanoTime();
            Process process = new ProcessBuilder(wrapped)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            int exit = process.waitFor();
            double millis = (System.nanoTime() - start) / 1e6;
            String printed = Files.readString(output, StandardCharsets.UTF_8);
            Files.delete(output);
            if (exit != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (" + exit + "): " + printed);
            }
            String peak = Files.readString(report, StandardCharsets.UTF_8).trim();
            return new TimedCommand(millis, peak.isEmpty() ? -1 : Long.parseLong(lastLine(peak)));
        } finally {
            Files.deleteIfExists(report);
        }
    }

    private static String lastLine(String text) {
        String[] lines = text.split("\n");
        return lines[lines.length - 1].trim();
    }
}
