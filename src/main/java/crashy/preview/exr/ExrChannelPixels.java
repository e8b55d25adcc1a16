package crashy.preview.exr;

/**
 * The decoded samples of one channel over the data window, row by row from the top (data window {@code yMin}). A
 * subsampled channel has {@code dataWidth / xSampling} columns and {@code dataHeight / ySampling} rows. Half values
 * are converted to float exactly; unsigned integers are converted with {@code (float) value}.
 */
public final class ExrChannelPixels {
    private final ExrChannel channel;
    private final int width;
    private final int height;
    private final float[] samples;

    ExrChannelPixels(ExrChannel channel, int width, int height, float[] samples) {
        this.channel = channel;
        this.width = width;
        this.height = height;
        this.samples = samples;
    }

    public ExrChannel channel() {
        return channel;
    }

    /** Columns of {@link #samples()}. */
    public int width() {
        return width;
    }

    /** Rows of {@link #samples()}. */
    public int height() {
        return height;
    }

    /** The samples, {@code width × height} in row-major order; the array is the caller's to keep or modify. */
    public float[] samples() {
        return samples;
    }

    /** The sample at column {@code x}, row {@code y} of this channel's (possibly subsampled) grid. */
    public float sample(int x, int y) {
        return samples[y * width + x];
    }
}
