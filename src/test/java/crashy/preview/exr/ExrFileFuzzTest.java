package crashy.preview.exr;

import static org.assertj.core.api.Assertions.assertThat;

import crashy.testing.TimeBound;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mutates small fixtures of every codec and layout (deterministically: the random generator is seeded by file name)
 * and checks that each mutant either decodes or fails with {@link ExrFormatException}, with either inflater, within a time bound enforced
 * by a future's timeout, and without running out of memory under tight {@link ExrLimits}.
 */
class ExrFileFuzzTest {
    private static final ExrLimits LIMITS = new ExrLimits(4096, 4096, 64 << 20, 16 << 20, 1 << 20, 1 << 16);
    private static final TimeBound BOUND = new TimeBound("exr-fuzz", Duration.ofSeconds(10));

    /** A fixture and how many mutants of it to try; 10,000 in all, for each inflater. */
    record Corpus(String file, int cases) {
        @Override
        public String toString() {
            return file + " x" + cases;
        }
    }

    static Stream<Arguments> corpus() {
        return Inflation.each(List.of(
                new Corpus("TestImages_stripes.exr", 3000),
                new Corpus("derived/uint32_objectId_zip.exr", 2500),
                new Corpus("TestImages_GrayRampsHorizontal.exr", 800),
                new Corpus("DisplayWindow_t01.exr", 800),
                new Corpus("MultiResolution_ColorCodedLevels.exr", 800),
                new Corpus("derived/render_multipart_zip.exr", 600),
                new Corpus("derived/desk_dwab.exr", 500),
                new Corpus("derived/desk_tiled32_dwaa.exr", 300),
                new Corpus("derived/desk_rle.exr", 300),
                new Corpus("ScanLines_Cannon.exr", 200),
                new Corpus("LuminanceChroma_Flowers.exr", 200)));
    }

    @AfterEach
    void backToTheJdk() {
        Inflation.reset();
    }

    @AfterAll
    static void stopRunner() {
        BOUND.close();
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("corpus")
    void everyMutantDecodesOrFailsWithAFormatException(Corpus corpus, Inflation inflation) throws Exception {
        inflation.use();
        byte[] original = ExrFixtures.bytes(corpus.file());
        Random random = new Random(corpus.file().hashCode());
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < corpus.cases() && problems.size() < 10; i++) {
            Mutant mutant = Mutant.of(original, random);
            int index = i;
            check(mutant.bytes(), i % 2 == 0)
                    .ifPresent(
                            problem -> problems.add("case " + index + " (" + mutant.description() + "): " + problem));
        }
        assertThat(problems).isEmpty();
    }

    /**
     * Returns what went wrong, if the mutant neither decoded nor was refused properly. Half the mutants are read
     * through an input that hides its length, which skips the up-front checks against the file size.
     */
    private static Optional<String> check(byte[] bytes, boolean lengthKnown) throws InterruptedException {
        TimeBound.Outcome outcome = BOUND.run(() -> {
            try (ExrFile file = ExrFile.read(new ByteArrayInput(bytes, lengthKnown), LIMITS)) {
                for (int part = 0; part < file.parts().size(); part++) {
                    file.decode(part);
                }
            }
            return true;
        });
        if (outcome.timedOut()) {
            return Optional.of(outcome.describe());
        }
        return outcome.failure().flatMap(ExrFileFuzzTest::unexpected);
    }

    /** What is wrong with how a mutant was refused, if anything. */
    private static Optional<String> unexpected(Throwable failure) {
        if (!(failure instanceof ExrFormatException)) {
            return Optional.of(
                    failure + " at " + List.of(failure.getStackTrace()).subList(0, 3));
        }
        if (failure.getCause() instanceof IndexOutOfBoundsException) {
            return Optional.of("a bounds check is missing: " + failure.getCause() + " at "
                    + List.of(failure.getCause().getStackTrace()).subList(0, 3));
        }
        return Optional.empty();
    }
}
