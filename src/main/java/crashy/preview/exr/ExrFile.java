package crashy.preview.exr;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * An open OpenEXR file: its validated part headers, and decoding of chosen channels of a chosen part (resolution
 * level 0, over the data window) into float arrays. All problems with the file itself are reported as {@link
 * ExrFormatException}, or {@link UnsupportedExrException} for valid files this reader cannot decode. An instance may
 * be shared by threads; close it to release the file.
 */
public final class ExrFile implements Closeable {
    private final ExrInput input;
    private final ExrLimits limits;
    private final ExrVersion version;
    private final List<ExrHeader> parts;
    private final List<PartLayout> layouts;
    private final long[] tableStarts;
    private final long dataStart;

    private ExrFile(ExrInput input, ExrLimits limits) throws IOException {
        this.input = input;
        this.limits = limits;
        HeaderParser.Result parsed = HeaderParser.parse(input, limits);
        this.version = parsed.version();
        this.parts = parsed.headers();
        this.layouts = new ArrayList<>();
        this.tableStarts = new long[parts.size()];
        long table = parsed.tablesStart();
        for (ExrHeader header : parts) {
            PartLayout layout = PartLayout.of(header, limits);
            layouts.add(layout);
            tableStarts[header.index()] = table;
            table += 8L * layout.chunkCount();
        }
        this.dataStart = table;
    }

    /** Opens and validates a file with the {@link ExrLimits#DEFAULT default limits}. */
    public static ExrFile open(Path path) throws IOException {
        return open(path, ExrLimits.DEFAULT);
    }

    public static ExrFile open(Path path, ExrLimits limits) throws IOException {
        Objects.requireNonNull(limits);
        FileInput input = FileInput.open(path);
        try {
            return new ExrFile(input, limits);
        } catch (IOException | RuntimeException e) {
            input.close();
            throw e;
        }
    }

    static ExrFile read(ExrInput input, ExrLimits limits) throws IOException {
        return new ExrFile(input, limits);
    }

    /** The flags of the version field. */
    public ExrVersion version() {
        return version;
    }

    /** The headers of all parts, in file order (one for a single-part file). */
    public List<ExrHeader> parts() {
        return parts;
    }

    public ExrHeader part(int index) {
        return parts.get(index);
    }

    /**
     * Decodes the named channels of part {@code part} at resolution level 0 and returns them in the order asked.
     *
     * @throws IllegalArgumentException if the part has no channel of one of the names
     */
    public List<ExrChannelPixels> decode(int part, List<String> channels) throws IOException {
        Objects.checkIndex(part, parts.size());
        return new PartDecoder(input, version, layouts.get(part), limits)
                .decode(List.copyOf(channels), tableStarts[part], dataStart);
    }

    /**
     * Decodes the named channels of part {@code part} at resolution level 0 band by band into {@code sink}, without
     * holding whole planes: for callers that reduce the picture as it arrives. Bands reach the sink from several
     * threads at once; the call returns when every band has been taken.
     *
     * @throws IllegalArgumentException if the part has no channel of one of the names, or a name is asked twice
     */
    public void decode(int part, List<String> channels, ExrLineSink sink) throws IOException {
        Objects.checkIndex(part, parts.size());
        if (new HashSet<>(channels).size() != channels.size()) {
            throw new IllegalArgumentException("a channel is asked for twice: " + channels);
        }
        new PartDecoder(input, version, layouts.get(part), limits)
                .decode(List.copyOf(channels), tableStarts[part], dataStart, Objects.requireNonNull(sink));
    }

    /** Decodes every channel of part {@code part}, in file order. */
    public List<ExrChannelPixels> decode(int part) throws IOException {
        Objects.checkIndex(part, parts.size());
        return decode(
                part, parts.get(part).channels().stream().map(ExrChannel::name).toList());
    }

    @Override
    public void close() throws IOException {
        input.close();
    }
}
