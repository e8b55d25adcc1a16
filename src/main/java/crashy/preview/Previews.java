package crashy.preview;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes preview JPEGs of frame files with the first decoder that reads them, and remembers the last few by file,
 * modification time and settings, so a frame previewed for ten people is decoded once.
 */
public final class Previews {
    private static final int HEAD_BYTES = 16;
    private static final int CACHED = 32;

    private record Key(Path file, long modified, long size, PictureSettings settings, Optional<String> layer) {}

    private final List<FrameDecoder> decoders;
    private final Map<Key, byte[]> cache = new LinkedHashMap<>(CACHED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, byte[]> eldest) {
            return size() > CACHED;
        }
    };

    public Previews(List<FrameDecoder> decoders) {
        this.decoders = List.copyOf(decoders);
    }

    /** The preview JPEG of the file. */
    public byte[] jpeg(Path file, PictureSettings settings, Optional<String> layer) {
        Key key = key(file, settings, layer);
        synchronized (cache) {
            byte[] cached = cache.get(key);
            if (cached != null) {
                return cached;
            }
        }
        byte[] jpeg = JpegEncoder.encode(picture(file, settings, layer), settings.jpegQuality());
        synchronized (cache) {
            cache.put(key, jpeg);
        }
        return jpeg;
    }

    /** The preview picture of the file, before JPEG encoding. */
    public BufferedImage picture(Path file, PictureSettings settings, Optional<String> layer) {
        return decoderFor(file).picture(file, layer, settings);
    }

    private FrameDecoder decoderFor(Path file) {
        byte[] head = head(file);
        for (FrameDecoder decoder : decoders) {
            if (decoder.reads(file, head)) {
                return decoder;
            }
        }
        throw new UnreadableFrameException(
                file.getFileName() + " is not an image format Crashy reads (EXR, PNG, JPEG, TIFF, TGA, PSD, HDR)");
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            throw new UnreadableFrameException("cannot open " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static Key key(Path file, PictureSettings settings, Optional<String> layer) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new Key(
                    file.toAbsolutePath(),
                    attributes.lastModifiedTime().toMillis(),
                    attributes.size(),
                    settings,
                    layer);
        } catch (IOException e) {
            throw new UnreadableFrameException("cannot open " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
