package crashy.preview.exr;

import com.twelvemonkeys.imageio.ImageReaderBase;
import java.awt.Point;
import java.awt.color.ColorSpace;
import java.awt.image.BandedSampleModel;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferFloat;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.spi.ImageReaderSpi;
import org.jspecify.annotations.Nullable;

/**
 * The ImageIO face of {@link ExrFile}: image {@code i} is part {@code i}, read at resolution level 0 over its data
 * window into a float {@link BufferedImage} in linear RGB with premultiplied alpha ({@code R,G,B[,A]}), or linear grey
 * ({@code Y[,A]}, or else the first channel). Choosing layers, views and luminance/chroma conversion is left to
 * callers of {@link ExrFile}.
 */
public final class ExrImageReader extends ImageReaderBase {
    private ExrLimits limits = ExrLimits.DEFAULT;
    private @Nullable ExrFile file;

    ExrImageReader(ImageReaderSpi provider) {
        super(provider);
    }

    /** Limits for files read from now on (the default is {@link ExrLimits#DEFAULT}). */
    public void setLimits(ExrLimits limits) {
        this.limits = Objects.requireNonNull(limits);
    }

    @Override
    protected void resetMembers() {
        file = null;
    }

    private ExrFile file() throws IOException {
        assertInput();
        if (file == null) {
            file = ExrFile.read(new StreamInput(imageInput), limits);
        }
        return file;
    }

    private ExrHeader part(int imageIndex) throws IOException {
        checkBounds(imageIndex);
        return file().part(imageIndex);
    }

    @Override
    public int getNumImages(boolean allowSearch) throws IOException {
        return file().parts().size();
    }

    @Override
    public int getWidth(int imageIndex) throws IOException {
        return (int) part(imageIndex).dataWindow().width();
    }

    @Override
    public int getHeight(int imageIndex) throws IOException {
        return (int) part(imageIndex).dataWindow().height();
    }

    @Override
    public Iterator<ImageTypeSpecifier> getImageTypes(int imageIndex) throws IOException {
        return List.of(typeOf(ImageChannels.choose(part(imageIndex)))).iterator();
    }

    @Override
    public BufferedImage read(int imageIndex, @Nullable ImageReadParam param) throws IOException {
        ExrHeader header = part(imageIndex);
        ImageChannels chosen = ImageChannels.choose(header);
        processImageStarted(imageIndex);
        List<ExrChannelPixels> pixels = file().decode(imageIndex, chosen.names());
        BufferedImage image = image(chosen, pixels, getWidth(imageIndex), getHeight(imageIndex));
        processImageProgress(100f);
        processImageComplete();
        return param == null ? image : subsample(fakeAOI(image, param), param);
    }

    private static BufferedImage image(ImageChannels chosen, List<ExrChannelPixels> pixels, int width, int height) {
        float[][] banks = pixels.stream().map(ExrChannelPixels::samples).toArray(float[][]::new);
        return wrap(colorModel(chosen), banks, width, height);
    }

    private static BufferedImage wrap(ColorModel colours, float[][] banks, int width, int height) {
        BandedSampleModel model = new BandedSampleModel(DataBuffer.TYPE_FLOAT, width, height, banks.length);
        WritableRaster raster =
                Raster.createWritableRaster(model, new DataBufferFloat(banks, width * height), new Point());
        return new BufferedImage(colours, raster, colours.isAlphaPremultiplied(), null);
    }

    /** Keeps every n-th column and row, as the read parameter asks; ImageIO's own helper cannot do float images. */
    private static BufferedImage subsample(BufferedImage image, ImageReadParam param) {
        int sx = param.getSourceXSubsampling();
        int sy = param.getSourceYSubsampling();
        if (sx == 1 && sy == 1) {
            return image;
        }
        int width = (image.getWidth() + sx - 1) / sx;
        int height = (image.getHeight() + sy - 1) / sy;
        Raster source = image.getRaster();
        float[][] banks = new float[source.getNumBands()][width * height];
        for (int b = 0; b < banks.length; b++) {
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    banks[b][y * width + x] = source.getSampleFloat(x * sx, y * sy, b);
                }
            }
        }
        return wrap(image.getColorModel(), banks, width, height);
    }

    private static ImageTypeSpecifier typeOf(ImageChannels chosen) {
        ColorSpace space = ColorSpace.getInstance(chosen.isColour() ? ColorSpace.CS_LINEAR_RGB : ColorSpace.CS_GRAY);
        int[] bands = new int[chosen.names().size()];
        int[] offsets = new int[bands.length];
        for (int i = 0; i < bands.length; i++) {
            bands[i] = i;
        }
        return ImageTypeSpecifier.createBanded(
                space, bands, offsets, DataBuffer.TYPE_FLOAT, chosen.hasAlpha(), chosen.hasAlpha());
    }

    private static ComponentColorModel colorModel(ImageChannels chosen) {
        return (ComponentColorModel) typeOf(chosen).getColorModel();
    }
}
