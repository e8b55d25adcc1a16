package crashy.notification;

import java.util.Objects;

/** A JPEG sent with a message: its file name (safe for any platform) and its bytes. */
public record Attachment(String fileName, byte[] jpeg) {
    public Attachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(jpeg, "jpeg");
    }
}
