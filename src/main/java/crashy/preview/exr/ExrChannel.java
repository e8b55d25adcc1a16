package crashy.preview.exr;

import java.util.Objects;

/**
 * One channel of a part, as listed in its header.
 *
 * @param name full channel name, such as {@code R} or {@code diffuse.R}
 * @param type sample type
 * @param perceptuallyLinear the {@code pLinear} flag, a hint for lossy codecs
 * @param xSampling horizontal subsampling factor (2 for the chroma channels of luminance/chroma files)
 * @param ySampling vertical subsampling factor
 */
public record ExrChannel(String name, ExrPixelType type, boolean perceptuallyLinear, int xSampling, int ySampling) {

    public ExrChannel {
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
    }
}
