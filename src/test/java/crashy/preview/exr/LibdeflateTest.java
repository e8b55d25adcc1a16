package crashy.preview.exr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LibdeflateTest {

    @Test
    void saysWhyItCannotLoadInOneShortLine() {
        UnsatisfiedLinkError missing = new UnsatisfiedLinkError("""
                Unable to load library 'libdeflate.so.0':
                libdeflate.so.0: cannot open shared object file: No such file or directory
                libdeflate.so.0: cannot open shared object file: No such file or directory
                Native library (linux-x86-64/libdeflate.so.0) not found in resource path (/opt/crashy/lib/a.jar:b.jar)""");

        assertThat(Libdeflate.describe(missing))
                .isEqualTo("UnsatisfiedLinkError: libdeflate.so.0: cannot open shared object file: No such file or"
                        + " directory");
        assertThat(Libdeflate.describe(new NoClassDefFoundError("com/sun/jna/Native")))
                .isEqualTo("NoClassDefFoundError: com/sun/jna/Native");
        assertThat(Libdeflate.describe(new IllegalStateException("x".repeat(500))))
                .hasSize(200);
    }

    @Test
    void aMissingLibraryIsALinkageErrorThatLoadTurnsIntoOneLine() {
        assertThatThrownBy(() -> LibdeflateSession.bind("libdeflate-not-here.so.0"))
                .isInstanceOf(UnsatisfiedLinkError.class)
                .satisfies(missing -> assertThat(Libdeflate.describe(missing))
                        .startsWith("UnsatisfiedLinkError: libdeflate-not-here.so.0: cannot open shared object file")
                        .doesNotContain("\n"));
    }

    @Test
    void loadsOnceAndThenEveryNewZlibUsesIt() {
        try {
            Inflation.requireLibdeflate();
            assertThat(Libdeflate.load()).isTrue();
            assertThat(Libdeflate.decoder())
                    .isInstanceOf(LibdeflateDecoder.class)
                    .isSameAs(Libdeflate.decoder());

            Libdeflate.useJdk();

            assertThat(Libdeflate.decoder()).isInstanceOf(JdkDeflateDecoder.class);
        } finally {
            Libdeflate.useJdk();
        }
    }
}
