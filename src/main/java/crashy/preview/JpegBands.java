package crashy.preview;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * A picture's JPEG made on several threads at once: ImageIO's writer encodes bands of {@value #BAND_ROWS} rows, each
 * as a JPEG of its own, and {@link #join} makes them one baseline JPEG with a restart interval of one band. At a
 * restart marker a decoder starts the DC predictions afresh on a whole byte, which is where each band's own encoding
 * started, so the joined file decodes to exactly the pixels one encoding of the whole picture gives (its blocks hold
 * the same coefficients). ImageIO encodes on one thread, and did so at the end of every preview while the other core
 * waited: for a 1280x720 preview, 17 ms with the libjpeg 6b that Temurin's JDK carries (the Docker image's), 4 ms
 * with the libjpeg-turbo that Debian's OpenJDK uses. In two bands at once: 9 and 2.4 ms.
 *
 * <p>Written here rather than taken from a library: no JPEG library on Maven Central encodes in parallel, and the
 * joining is a walk over each band's marker segments.
 */
final class JpegBands {
    /**
     * Rows per band, a multiple of every MCU height a JPEG can have (8, 16 or 32 rows): 720 rows make six bands, so two
     * threads stay busy until near the end.
     */
    static final int BAND_ROWS = 128;

    private static final int MARKER = 0xff;
    private static final int SOI = 0xd8;
    private static final int SOF0 = 0xc0;
    private static final int SOS = 0xda;
    private static final int EOI = 0xd9;
    private static final int DRI = 0xdd;
    private static final int RST0 = 0xd0;

    private JpegBands() {}

    /** Whether the picture is tall enough for {@link #encode} to split. */
    static boolean splits(BufferedImage picture) {
        return picture.getHeight() > BAND_ROWS;
    }

    /**
     * The picture's JPEG, its bands encoded by ImageIO ({@link JpegEncoder#imageIo}) on the calling thread and threads
     * of the common pool; null if the bands cannot be joined (their headers differ, or the restart interval would not
     * fit its 16 bits).
     */
    static byte @Nullable [] encode(BufferedImage picture, float quality) {
        byte[][] bands = new byte[(picture.getHeight() + BAND_ROWS - 1) / BAND_ROWS][];
        CommonPoolWork.run(new Encoding(picture, quality, bands), bands.length);
        return join(bands, picture.getHeight());
    }

    /** Encodes whichever band is next until none is left; several threads may run it at once. */
    private static final class Encoding implements Runnable {
        private final BufferedImage picture;
        private final float quality;
        private final byte[][] bands;
        private final AtomicInteger next = new AtomicInteger();

        Encoding(BufferedImage picture, float quality, byte[][] bands) {
            this.picture = picture;
            this.quality = quality;
            this.bands = bands;
        }

        @Override
        public void run() {
            for (int band = next.getAndIncrement(); band < bands.length; band = next.getAndIncrement()) {
                int top = band * BAND_ROWS;
                int rows = Math.min(BAND_ROWS, picture.getHeight() - top);
                bands[band] = JpegEncoder.imageIo(picture.getSubimage(0, top, picture.getWidth(), rows), quality);
            }
        }
    }

    /**
     * One JPEG of {@code height} rows from the JPEGs of its bands, top first, each {@link #BAND_ROWS} rows but the
     * last: the first band's header with the whole height and a DRI segment, each band's entropy-coded data, and
     * restart markers RST0 to RST7 in turn between them. Null if the bands' headers differ other than in their height,
     * or one band's MCUs make a restart interval of more than 65,535.
     */
    static byte @Nullable [] join(byte[][] bands, int height) {
        Layout first = Layout.of(bands[0]);
        long interval = first.mcus(BAND_ROWS);
        if (interval > 0xffff || BAND_ROWS % first.mcuHeight() != 0) {
            return null;
        }
        int size = 0;
        for (byte[] band : bands) {
            size += band.length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        byte[] header = Arrays.copyOf(bands[0], first.scan());
        header[first.sof() + 5] = (byte) (height >>> 8);
        header[first.sof() + 6] = (byte) height;
        out.write(header, 0, first.sos());
        out.write(new byte[] {(byte) MARKER, (byte) DRI, 0, 4, (byte) (interval >>> 8), (byte) interval}, 0, 6);
        out.write(header, first.sos(), first.scan() - first.sos());
        for (int i = 0; i < bands.length; i++) {
            Layout band = i == 0 ? first : Layout.of(bands[i]);
            if (!first.sameHeader(bands[0], band, bands[i])) {
                return null;
            }
            if (i > 0) {
                out.write(MARKER);
                out.write(RST0 + (i - 1) % 8);
            }
            out.write(bands[i], band.scan(), bands[i].length - 2 - band.scan());
        }
        out.write(MARKER);
        out.write(EOI);
        return out.toByteArray();
    }

    /**
     * Where a baseline JPEG's frame header (SOF0), scan header (SOS) and entropy-coded data (from {@code scan} to the
     * EOI marker that ends the file) lie, and its MCUs' size from the frame header's sampling factors.
     */
    private record Layout(int sof, int sos, int scan, int mcuWidth, int mcuHeight, int width) {
        static Layout of(byte[] jpeg) {
            if (jpeg.length < 4
                    || u8(jpeg, 0) != MARKER
                    || u8(jpeg, 1) != SOI
                    || u8(jpeg, jpeg.length - 2) != MARKER
                    || u8(jpeg, jpeg.length - 1) != EOI) {
                throw new IllegalStateException("ImageIO wrote a JPEG without SOI and EOI markers");
            }
            int sof = -1;
            for (int at = 2; at + 4 <= jpeg.length && u8(jpeg, at) == MARKER; at += 2 + u16(jpeg, at + 2)) {
                int marker = u8(jpeg, at + 1);
                if (marker == SOF0) {
                    sof = at;
                } else if (marker == SOS && sof >= 0) {
                    return withSamplingOf(jpeg, sof, at, at + 2 + u16(jpeg, at + 2));
                }
            }
            throw new IllegalStateException("ImageIO wrote a JPEG without a baseline frame and scan header");
        }

        private static Layout withSamplingOf(byte[] jpeg, int sof, int sos, int scan) {
            int components = u8(jpeg, sof + 9);
            int h = 1;
            int v = 1;
            for (int c = 0; c < components; c++) {
                int sampling = u8(jpeg, sof + 11 + 3 * c);
                h = Math.max(h, sampling >>> 4);
                v = Math.max(v, sampling & 0xf);
            }
            return new Layout(sof, sos, scan, 8 * h, 8 * v, u16(jpeg, sof + 7));
        }

        /** MCUs in {@code rows} rows. */
        long mcus(int rows) {
            return (long) (rows / mcuHeight) * ((width + mcuWidth - 1) / mcuWidth);
        }

        /** Whether {@code other}'s header is this one's but for the number of lines. */
        boolean sameHeader(byte[] jpeg, Layout layout, byte[] other) {
            return layout.sof == sof
                    && layout.scan == scan
                    && Arrays.equals(jpeg, 0, sof + 5, other, 0, sof + 5)
                    && Arrays.equals(jpeg, sof + 7, scan, other, sof + 7, scan);
        }

        private static int u8(byte[] bytes, int at) {
            return bytes[at] & 0xff;
        }

        private static int u16(byte[] bytes, int at) {
            return u8(bytes, at) << 8 | u8(bytes, at + 1);
        }
    }
}
