package crashy.preview.exr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The shared EXR fixtures next to the project ({@code ../shared/fixtures/exr}) and their expected decodes. */
final class ExrFixtures {
    static final Path DIR = Path.of("..", "shared", "fixtures", "exr");

    private ExrFixtures() {}

    /** One row of {@code expected-decode.tsv}. */
    record Expected(String file, String size, String channels, String sha256, String reference) {

        Path path() {
            return DIR.resolve(file);
        }

        boolean isHashed() {
            return !sha256.equals("-");
        }

        @Override
        public String toString() {
            return file;
        }
    }

    static List<Expected> expectedDecodes() {
        try (Stream<String> lines = Files.lines(DIR.resolve("expected-decode.tsv"))) {
            return lines.filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> line.split("\t"))
                    .map(f -> new Expected(f[0], f[1], f[2], f[3], f[5]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path file(String name) {
        return DIR.resolve(name);
    }

    static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(file(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
