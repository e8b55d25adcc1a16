package crashy.preview;

/** A frame that cannot be previewed; the message says why in one line (corrupt, truncated, unsupported...). */
public final class UnreadableFrameException extends RuntimeException {
    public UnreadableFrameException(String message) {
        super(message);
    }

    public UnreadableFrameException(String message, Throwable cause) {
        super(message, cause);
    }
}
