package crashy.preview.exr;

/**
 * Receives the decoded lines of a part band by band, as {@link ExrFile#decode(int, java.util.List, ExrLineSink)}
 * produces them: every line of the data window exactly once, in no particular order, and from several threads at once.
 */
@FunctionalInterface
public interface ExrLineSink {

    /** Takes one band; its arrays are valid only during the call. */
    void accept(ExrLines lines);

    /**
     * Whether half channels may come as their 16-bit patterns ({@link ExrLines#halves(int)}) rather than as floats:
     * a sink that looks each sample up in a table of its own spares the decoder converting them.
     */
    default boolean takesHalves() {
        return false;
    }
}
