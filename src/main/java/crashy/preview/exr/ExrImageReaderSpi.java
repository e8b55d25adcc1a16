package crashy.preview.exr;

import com.twelvemonkeys.imageio.spi.ImageReaderSpiBase;
import java.io.EOFException;
import java.io.IOException;
import java.util.Locale;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** Registers {@link ExrImageReader} with ImageIO (through {@code META-INF/services}); recognises the EXR magic. */
public final class ExrImageReaderSpi extends ImageReaderSpiBase {

    public ExrImageReaderSpi() {
        super(new ExrProviderInfo());
    }

    @Override
    public boolean canDecodeInput(Object source) throws IOException {
        if (!(source instanceof ImageInputStream)) {
            return false;
        }
        ImageInputStream stream = (ImageInputStream) source;
        byte[] magic = new byte[4];
        stream.mark();
        try {
            stream.readFully(magic);
        } catch (EOFException e) {
            return false;
        } finally {
            stream.reset();
        }
        return LittleEndian.i32(magic, 0) == ExrVersion.MAGIC;
    }

    @Override
    public ImageReader createReaderInstance(Object extension) {
        return new ExrImageReader(this);
    }

    @Override
    public String getDescription(Locale locale) {
        return "OpenEXR image reader";
    }
}
