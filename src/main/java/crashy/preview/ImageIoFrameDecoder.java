package crashy.preview;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Frames in the formats ImageIO reads (PNG, JPEG, BMP, GIF, and TIFF through the TwelveMonkeys plug-in): 8- and
 * 16-bit pictures have their sRGB values turned back into linear light so the preview pipeline treats them like any
 * render; pictures with floating-point samples (32-bit float TIFFs, as renderers write them) already hold linear light
 * and are taken as they are.
 */
@Component
@Order(100)
public final class ImageIoFrameDecoder implements FrameDecoder {
    private static final float[] LINEAR = linearTable();

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
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFrameException("cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
        if (image == null) {
            throw new UnreadableFrameException("no image reader understands " + file.getFileName());
        }
        int type = image.getRaster().getTransferType();
        if (type == DataBuffer.TYPE_FLOAT || type == DataBuffer.TYPE_DOUBLE) {
            return linear(image);
        }
        int width = image.getWidth();
        int height = image.getHeight();
        float[] red = new float[width * height];
        float[] green = new float[width * height];
        float[] blue = new float[width * height];
        float[] alpha = image.getColorModel().hasAlpha() ? new float[width * height] : null;
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int argb = row[x];
                int i = y * width + x;
                float a = alpha == null ? 1 : ((argb >>> 24) & 0xff) / 255f;
                red[i] = LINEAR[(argb >> 16) & 0xff] * a;
                green[i] = LINEAR[(argb >> 8) & 0xff] * a;
                blue[i] = LINEAR[argb & 0xff] * a;
                if (alpha != null) {
                    alpha[i] = a;
                }
            }
        }
        return new LinearImage(width, height, red, green, blue, alpha, width, height, 0, 0, 1);
    }

    /** Float samples as they are: grey or RGB, alpha last when the colour model has one, colour premultiplied here. */
    private static LinearImage linear(BufferedImage image) {
        Raster raster = image.getRaster();
        int width = image.getWidth();
        int height = image.getHeight();
        ColorModel model = image.getColorModel();
        int colours = model.getNumColorComponents() >= 3 ? 3 : 1;
        float[][] planes = new float[model.hasAlpha() ? colours + 1 : colours][];
        for (int band = 0; band < planes.length; band++) {
            planes[band] = raster.getSamples(0, 0, width, height, band, new float[width * height]);
        }
        float[] alpha = model.hasAlpha() ? planes[colours] : null;
        if (alpha != null && !model.isAlphaPremultiplied()) {
            for (int c = 0; c < colours; c++) {
                for (int i = 0; i < alpha.length; i++) {
                    planes[c][i] *= alpha[i];
                }
            }
        }
        float[] green = colours == 3 ? planes[1] : planes[0];
        float[] blue = colours == 3 ? planes[2] : planes[0];
        return new LinearImage(width, height, planes[0], green, blue, alpha, width, height, 0, 0, 1);
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    private static float[] linearTable() {
        float[] table = new float[256];
        for (int i = 0; i < 256; i++) {
            double encoded = i / 255.0;
            table[i] = (float) (encoded <= 0.04045 ? encoded / 12.92 : Math.pow((encoded + 0.055) / 1.055, 2.4));
        }
        return table;
    }
}
