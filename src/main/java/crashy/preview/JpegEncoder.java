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

    public static byte[] encode(BufferedImage picture, float quality) {
        byte[] jpeg = encodeOnce(picture, quality);
        for (float q = quality - 0.15f; jpeg.length > MAX_BYTES && q > 0.2f; q -= 0.15f) {
            jpeg = encodeOnce(picture, q);
        }
        return jpeg;
    }

    private static byte[] encodeOnce(BufferedImage picture, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
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
