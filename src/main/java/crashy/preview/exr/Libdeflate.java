package crashy.preview.exr;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Lets the reader inflate zlib data (ZIP, ZIPS and PXR24 chunks, and DWA's AC, DC and other sections) with libdeflate,
 * the system's {@code libdeflate.so.0} called through JNA, instead of the JDK's zlib. libdeflate inflates the same
 * data in about 0.6 of the time: a 4K tiled DWAA frame's 6,120 streams in 95 ms instead of 164 ms, a fifth of its
 * preview.
 *
 * <p>Loading JNA and the library costs about 0.1 s of CPU, more than one frame gains, so a one-shot decode (a command
 * line preview) should not; a long-lived process calls {@link #load} once, best off its start path. Without JNA on the
 * class path, without the library, or on a 32-bit JVM, {@link #load} returns false and says why in {@link #problem};
 * valid data decodes the same either way, bit for bit.
 */
public final class Libdeflate {
    private static @Nullable DeflateDecoder bound;
    private static @Nullable String problem;
    private static volatile @Nullable DeflateDecoder inUse;

    private Libdeflate() {}

    /** Loads and checks libdeflate unless done before; from then on every decoder of this JVM inflates with it. */
    public static synchronized boolean load() {
        if (bound == null && problem == null) {
            try {
                bound = LibdeflateDecoder.bind();
            } catch (VirtualMachineError e) {
                throw e;
            } catch (Throwable e) {
                // Any other failure only means no libdeflate: a missing library or JNA is a LinkageError, and JNA
                // reports an incompatible native part of its own with a plain Error.
                problem = describe(e);
            }
        }
        inUse = bound;
        return bound != null;
    }

    /** Why {@link #load} found no usable libdeflate, if it tried and failed. */
    public static synchronized Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /**
     * One short line: JNA's messages run over several lines, the class path included. The first line that says what
     * failed rather than introducing the next one (the dynamic linker's, when the library is missing).
     */
    static String describe(Throwable failure) {
        String message = String.valueOf(failure.getMessage());
        String said =
                message.lines().filter(line -> !line.endsWith(":")).findFirst().orElse(message);
        String line = failure.getClass().getSimpleName() + ": " + said.strip();
        return line.length() <= 200 ? line : line.substring(0, 199) + "…";
    }

    /** For tests that compare both ways: the JDK's zlib again, until the next {@link #load}. */
    static void useJdk() {
        inUse = null;
    }

    /** The decoder a new {@link Zlib} uses: libdeflate's shared one once loaded, else a JDK inflater of its own. */
    static DeflateDecoder decoder() {
        DeflateDecoder loaded = inUse;
        return loaded != null ? loaded : new JdkDeflateDecoder();
    }
}
