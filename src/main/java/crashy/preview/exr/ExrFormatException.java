package crashy.preview.exr;

import javax.imageio.IIOException;

/** Thrown when an EXR file is corrupt, truncated or exceeds the configured {@link ExrLimits}; the message says why. */
public class ExrFormatException extends IIOException {
    private static final long serialVersionUID = 1L;

    public ExrFormatException(String message) {
        super(message);
    }

    public ExrFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
