package crashy.preview;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Encodes a picture as a baseline JPEG that Discord and Telegram both accept (well under their 10 MB limits). */
public final class JpegEncoder {
    /** Discord and Telegram both take 10 MB; stay clear of it. */
    static final int MAX_BYTES = 8 * 1024 * 1024;

    private JpegEncoder() {}

    /**
     * The picture's JPEG, at {@code quality} or, if that is too big for the chat platforms, a lower one. Pictures drawn
     * by Java2D ({@code TYPE_INT_RGB}) are first copied into {@link RgbPictures}' layout, which the writer reads twice
     * as fast.
     */
    public static byte[] encode(BufferedImage drawn, float quality) {
        BufferedImage picture = RgbPictures.fromIntRgb(drawn);
        byte[] jpeg = encodeOnce(picture, quality);
        for (float q = quality - 0.15f; jpeg.length > MAX_BYTES && q > 0.2f; q -= 0.15f) {
            jpeg = encodeOnce(picture, q);
        }
        return jpeg;
    }

    /** The picture's JPEG, in bands on several threads ({@link JpegBands}) when it is tall enough. */
    private static byte[] encodeOnce(BufferedImage picture, float quality) {
        if (JpegBands.splits(picture)) {
            byte[] joined = JpegBands.encode(picture, quality);
            if (joined != null) {
                return joined;
            }
        }
        return imageIo(picture, quality);
    }

    /** The picture's JPEG as ImageIO's writer makes it, on the calling thread. */
    static byte[] imageIo(BufferedImage picture, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        // About a quarter of a byte a pixel, what quality 0.85 makes of a noisy render: room for most without growing.
        ByteArrayOutputStream bytes =
                new ByteArrayOutputStream((int) Math.max(8192, (long) picture.getWidth() * picture.getHeight() / 4));
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.setOutput(out);
            writer.write(null, new IIOImage(picture, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("JPEG encoding failed in memory", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
