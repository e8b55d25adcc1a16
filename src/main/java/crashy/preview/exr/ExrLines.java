package crashy.preview.exr;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A band of whole lines of the data window, decoded for the channels asked of {@link ExrFile#decode(int, List,
 * ExrLineSink)}: a scanline block, or a row of tiles. A subsampled channel holds only the lines its sampling keeps,
 * each {@code dataWidth / xSampling} samples wide. Values are converted to float exactly as in {@link
 * ExrChannelPixels}, unless the sink takes half channels as they are. The arrays belong to one decoding thread and
 * are reused for its next band.
 */
public final class ExrLines {
    private final List<ExrChannel> channels;
    private final int dataYMin;
    private final int[] widths;
    private final float[][] samples;
    private final char[] @Nullable [] halves;
    private final int[] firstLines;
    private final int[] lineCounts;
    private int firstRow;
    private int rows;

    /** @param halves whether half channels keep their 16-bit patterns instead of floats */
    ExrLines(List<ExrChannel> channels, int dataWidth, int dataYMin, int maxRows, boolean halves) {
        this.channels = List.copyOf(channels);
        this.dataYMin = dataYMin;
        int n = channels.size();
        this.widths = new int[n];
        this.samples = new float[n][];
        this.halves = new char[n][];
        this.firstLines = new int[n];
        this.lineCounts = new int[n];
        for (int i = 0; i < n; i++) {
            ExrChannel channel = channels.get(i);
            widths[i] = dataWidth / channel.xSampling();
            int lines = (maxRows + channel.ySampling() - 1) / channel.ySampling();
            int size = Math.multiplyExact(widths[i], lines);
            if (halves && channel.type() == ExrPixelType.HALF) {
                this.halves[i] = new char[size];
                samples[i] = new float[0];
            } else {
                samples[i] = new float[size];
            }
        }
    }

    /** Moves the band to rows {@code [firstRow, firstRow + rows)} of the data window (0 is its top row). */
    void moveTo(int firstRow, int rows) {
        this.firstRow = firstRow;
        this.rows = rows;
        for (int i = 0; i < channels.size(); i++) {
            int sampling = channels.get(i).ySampling();
            int absolute = dataYMin + firstRow;
            lineCounts[i] = ChunkLayout.sampledCount(absolute, rows, sampling);
            firstLines[i] = Math.floorDiv(absolute + sampling - 1, sampling) - Math.floorDiv(dataYMin, sampling);
        }
    }

    /** The first row of the band, counted from the top of the data window. */
    public int firstRow() {
        return firstRow;
    }

    /** Rows of the data window the band covers. */
    public int rows() {
        return rows;
    }

    /** How many channels were asked for; they are indexed in the order asked. */
    public int channelCount() {
        return channels.size();
    }

    public ExrChannel channel(int index) {
        return channels.get(index);
    }

    /** Samples per line of the channel. */
    public int width(int index) {
        return widths[index];
    }

    /** The index, in the channel's own (possibly subsampled) grid of lines, of the band's first line. */
    public int firstLine(int index) {
        return firstLines[index];
    }

    /** Lines of the channel in this band (fewer than {@link #rows()} for a subsampled channel). */
    public int lines(int index) {
        return lineCounts[index];
    }

    /**
     * The channel's samples, {@link #lines(int)} lines of {@link #width(int)} from index 0; free to modify. Empty for a
     * channel that comes as {@link #halves(int)}.
     */
    public float[] samples(int index) {
        return samples[index];
    }

    /**
     * The half channel's samples as 16-bit patterns, laid out as {@link #samples(int)}, when the sink takes halves;
     * otherwise null.
     */
    public char @Nullable [] halves(int index) {
        return halves[index];
    }

    /** Where absolute scanline {@code y} of channel {@code index} starts in its samples. */
    int lineStart(int index, int y) {
        int sampling = channels.get(index).ySampling();
        int line = sampling == 1 ? y - dataYMin : Math.floorDiv(y, sampling) - Math.floorDiv(dataYMin, sampling);
        return (line - firstLines[index]) * widths[index];
    }
}
