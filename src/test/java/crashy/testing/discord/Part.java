package crashy.testing.discord;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** One part of a {@code multipart/form-data} request: {@code payload_json} or an uploaded {@code files[n]}. */
public record Part(String name, String filename, String contentType, byte[] bytes) {
    public Part {
        Objects.requireNonNull(name);
        Objects.requireNonNull(filename);
        Objects.requireNonNull(contentType);
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public boolean isFile() {
        return !filename.isEmpty();
    }

    public String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "Part[" + name + (isFile() ? ", file " + filename : "") + ", " + bytes.length + " bytes]";
    }
}
