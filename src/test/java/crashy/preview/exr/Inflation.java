package crashy.preview.exr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The two ways the reader inflates zlib data, for tests that run both: the JDK's zlib, as the {@code preview} command
 * does, and libdeflate, as the bot does once it has loaded it. Tests call {@link #use} first and {@link #reset} after.
 */
enum Inflation {
    JDK_ZLIB,
    LIBDEFLATE;

    void use() {
        if (this == LIBDEFLATE) {
            requireLibdeflate();
        } else {
            Libdeflate.useJdk();
        }
    }

    /** A decoder of this kind, for tests of {@link Zlib} itself. */
    DeflateDecoder decoder() {
        if (this == LIBDEFLATE) {
            use();
            DeflateDecoder decoder = Libdeflate.decoder();
            reset();
            return decoder;
        }
        return new JdkDeflateDecoder();
    }

    /**
     * Loads libdeflate, or skips the test where it is not installed (Debian: {@code libdeflate0}), except in CI, which
     * installs it ({@code .ci/run}) and where not loading it fails the test.
     */
    static void requireLibdeflate() {
        boolean loaded = Libdeflate.load();
        assumeTrue(loaded || System.getenv("CI") != null, () -> "libdeflate not usable: " + Libdeflate.problem());
        assertThat(loaded)
                .as("libdeflate loads (Debian: libdeflate0): %s", Libdeflate.problem())
                .isTrue();
    }

    static void reset() {
        Libdeflate.useJdk();
    }

    /** Each case paired with each inflation. */
    static Stream<Arguments> each(List<?> cases) {
        return Stream.of(values()).flatMap(inflation -> cases.stream().map(c -> Arguments.of(c, inflation)));
    }
}
