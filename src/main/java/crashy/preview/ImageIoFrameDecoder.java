package crashy.preview;

import com.twelvemonkeys.imageio.plugins.hdr.HDRImageReadParam;
import com.twelvemonkeys.imageio.plugins.hdr.tonemap.NullToneMapper;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageInputStream;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Frames in the formats ImageIO reads: PNG, JPEG, BMP, GIF, and through TwelveMonkeys' plug-ins TIFF, Targa, Photoshop
 * and Radiance HDR. 8- and 16-bit pictures have their sRGB values turned back into linear light so the preview
 * pipeline treats them like any render; pictures with floating-point samples (32-bit float TIFFs, Radiance HDR) already
 * hold linear light and are taken as they are.
 */
@Component
@Order(100)
public final class ImageIoFrameDecoder implements FrameDecoder {
    /**
     * Larger than any render a school farm makes. The picture ImageIO reads is held whole while its rows are filtered
     * (4 bytes a pixel for 8-bit colour), so these also bound what a hostile header can make it allocate.
     */
    private static final int MAX_SIDE = 16384;

    private static final long MAX_PIXELS = 64_000_000;

    private volatile boolean pluginsFound;

    @Override
    public boolean reads(Path file, byte[] head) {
        findPlugins();
        return ImageIO.getImageReadersBySuffix(extension(file)).hasNext();
    }

    /**
     * Registers the ImageIO plug-ins on the class path (TwelveMonkeys') once: ImageIO may have been started without
     * them, as the preview command does to start quickly.
     */
    private void findPlugins() {
        if (!pluginsFound) {
            ImageIO.scanForPlugins();
            pluginsFound = true;
        }
    }

    @Override
    public LinearImage decode(Path file, Optional<String> layer) {
        return read(
                file,
                (reader, width, height) ->
                        samples(reader, reader.read(0, linearLight(reader))).image());
    }

    /** The picture made from the frame's rows, without the frame's float planes ({@link ImageIoPicture}). */
    @Override
    public BufferedImage picture(Path file, Optional<String> layer, PictureSettings settings) {
        return read(file, (reader, width, height) -> ImageIoPicture.draw(reader, width, height, settings));
    }

    /** What to do with a reader set to a frame whose size has been checked. */
    private interface ReaderWork<T> {
        T apply(ImageReader reader, int width, int height) throws IOException;
    }

    /**
     * Sets the reader the file's bytes call for (by name for formats without a signature, such as Targa) to the file's
     * first picture and checks its size, so a hostile header cannot make the reader allocate gigabytes, then does the
     * work.
     */
    private static <T> T read(Path file, ReaderWork<T> work) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw new UnreadableFrameException("cannot open " + file.getFileName());
            }
            ImageReader reader = reader(file, in);
            try {
                reader.setInput(in, false, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS) {
                    throw new UnreadableFrameException(file.getFileName() + " claims to be " + width + " x " + height
                            + " pixels; previews read frames of up to " + MAX_SIDE + " pixels a side and "
                            + MAX_PIXELS / 1_000_000 + " megapixels");
                }
                return work.apply(reader, (int) width, (int) height);
            } finally {
                reader.dispose();
            }
        } catch (UnreadableFrameException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throwIfOutOfMemory(e);
            throw new UnreadableFrameException("cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * ImageIO's readers wrap an OutOfMemoryError in an IIOException ("Caught exception during read"): it is the
     * error itself that says what happened, so callers get it as it is.
     */
    private static void throwIfOutOfMemory(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError outOfMemory) {
                throw outOfMemory;
            }
        }
    }

    /** The reader's parameters for reading linear light where the format holds it (Radiance HDR). */
    static ImageReadParam linearLight(ImageReader reader) {
        return Radiance.linearLight(reader.getDefaultReadParam());
    }

    /** The samples of a picture (or part of one) the reader read, as linear light. */
    static LinearSamples samples(ImageReader reader, BufferedImage image) {
        int type = image.getRaster().getTransferType();
        if (type == DataBuffer.TYPE_FLOAT || type == DataBuffer.TYPE_DOUBLE) {
            return LinearSamples.floats(image);
        }
        if (type == DataBuffer.TYPE_INT && isPhotoshop(reader)) {
            // TwelveMonkeys hands a 32-bit Photoshop document's samples over as ints holding the floats' bits; such
            // documents are linear light, as Photoshop keeps them.
            return LinearSamples.floatBits(image);
        }
        return LinearSamples.fromSrgb(image);
    }

    private static ImageReader reader(Path file, ImageInputStream in) {
        Iterator<ImageReader> byContent = ImageIO.getImageReaders(in);
        if (byContent.hasNext()) {
            return byContent.next();
        }
        Iterator<ImageReader> byName = ImageIO.getImageReadersBySuffix(extension(file));
        if (byName.hasNext()) {
            return byName.next();
        }
        throw new UnreadableFrameException("no image reader understands " + file.getFileName());
    }

    private static boolean isPhotoshop(ImageReader reader) {
        ImageReaderSpi provider = reader.getOriginatingProvider();
        return provider != null && List.of(provider.getFormatNames()).contains("psd");
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * TwelveMonkeys' Radiance reader tone-maps by default; the preview wants the linear light the file holds, like an
     * EXR's. Its own class, so that the preview command, which may never read such a file, does not load TwelveMonkeys'
     * classes (from a library jar another thread may be scanning) before it decodes an EXR.
     */
    private static final class Radiance {
        static ImageReadParam linearLight(ImageReadParam param) {
            if (param instanceof HDRImageReadParam radiance) {
                radiance.setToneMapper(new NullToneMapper());
            }
            return param;
        }
    }
}
