package crashy.preview.exr;

import com.twelvemonkeys.imageio.spi.ReaderWriterProviderInfo;

/** Names, suffixes and MIME types under which ImageIO finds the EXR reader. */
final class ExrProviderInfo extends ReaderWriterProviderInfo {

    ExrProviderInfo() {
        super(
                ExrProviderInfo.class,
                new String[] {"exr", "EXR", "openexr", "OpenEXR"},
                new String[] {"exr"},
                new String[] {"image/x-exr", "image/aces"},
                "crashy.preview.exr.ExrImageReader",
                new String[] {"crashy.preview.exr.ExrImageReaderSpi"},
                null,
                null,
                false,
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                null);
    }
}
