package crashy.preview.exr;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Upstream's fuzz and CVE regression files, and a frame cut off while being written, are refused quickly, whichever
 * way zlib data is inflated.
 */
class ExrFileDamagedTest {

    static Stream<Arguments> damagedFiles() throws IOException {
        try (Stream<Path> files = Files.list(ExrFixtures.DIR.resolve("damaged"))) {
            return Inflation.each(
                    Stream.concat(files.sorted(), Stream.of(ExrFixtures.file("derived/desk_truncated_piz.exr")))
                            .toList());
        }
    }

    @AfterEach
    void backToTheJdk() {
        Inflation.reset();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("damagedFiles")
    void refusesEachDamagedFileWithAFormatException(Path damaged, Inflation inflation) {
        inflation.use();
        assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () -> assertThatThrownBy(() -> decodeEveryPart(damaged)).isInstanceOf(ExrFormatException.class));
    }

    private static void decodeEveryPart(Path path) throws IOException {
        try (ExrFile file = ExrFile.open(path)) {
            for (int part = 0; part < file.parts().size(); part++) {
                file.decode(part);
            }
        }
    }
}
