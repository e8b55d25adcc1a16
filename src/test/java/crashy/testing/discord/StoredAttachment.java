package crashy.testing.discord;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** A file the bot attached to a message, with the bytes it uploaded. */
public record StoredAttachment(String id, String filename, String contentType, byte[] bytes) {
    public StoredAttachment {
        Objects.requireNonNull(id);
        Objects.requireNonNull(filename);
        Objects.requireNonNull(contentType);
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "StoredAttachment[" + id + ", " + filename + ", " + bytes.length + " bytes]";
    }
}
