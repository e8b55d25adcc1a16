package crashy.preview;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.spi.ImageReaderSpi;

/**
 * The preview picture of a frame an ImageIO reader is set to, made from its rows one at a time ({@link LinearSamples})
 * so that the frame's float planes are never held. A TIFF is read a strip of rows at a time too, as its reader reads
 * just the strips or tiles a region covers: a 4K float TIFF is 133 MB as ImageIO reads it whole, more than the bot's
 * heap can spare. Other formats are read whole, as their readers would decode from the start again for every region.
 */
final class ImageIoPicture {
    private static final int STRIP_ROWS = 256;

    private ImageIoPicture() {}

    static BufferedImage draw(ImageReader reader, int width, int height, PictureSettings settings) throws IOException {
        int strip = readsRegions(reader) ? STRIP_ROWS : height;
        PreviewCanvas canvas = null;
        float[][] row = null;
        for (int top = 0; top < height; top += strip) {
            ImageReadParam param = ImageIoFrameDecoder.linearLight(reader);
            if (strip < height) {
                param.setSourceRegion(new Rectangle(0, top, width, Math.min(strip, height - top)));
            }
            LinearSamples samples = ImageIoFrameDecoder.samples(reader, reader.read(0, param));
            if (canvas == null) {
                Framing framing = new Framing(width, height, width, height, 0, 0, 1);
                canvas = new PreviewCanvas(framing, samples.hasAlpha(), false, settings);
                row = samples.rowBuffers();
            }
            for (int y = 0; y < samples.height(); y++) {
                samples.row(y, row);
                canvas.row(top + y, row[0], row[1], row[2], row[3], 0);
            }
        }
        return canvas.finish();
    }

    private static boolean readsRegions(ImageReader reader) {
        ImageReaderSpi provider = reader.getOriginatingProvider();
        return provider != null && List.of(provider.getFormatNames()).contains("tiff");
    }
}
