package crashy.preview;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Optional;

/** Reads a rendered frame into scene-linear pixels; one decoder per family of formats. */
public interface FrameDecoder {
    /** Whether this decoder reads the file, judged by its first bytes (and name, where bytes cannot tell). */
    boolean reads(Path file, byte[] head);

    /**
     * Decodes the frame; {@code layer} picks a layer other than the beauty where the format has layers.
     *
     * @throws UnreadableFrameException when the file is corrupt, truncated, unsupported or too large
     */
    LinearImage decode(Path file, Optional<String> layer);

    /**
     * The preview picture of the frame ({@link PictureMaker}); decoders that can make it without holding the whole
     * frame do so.
     *
     * @throws UnreadableFrameException as {@link #decode}
     */
    default BufferedImage picture(Path file, Optional<String> layer, PictureSettings settings) {
        return PictureMaker.make(decode(file, layer), settings);
    }
}
