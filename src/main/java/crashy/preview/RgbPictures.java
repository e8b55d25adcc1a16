package crashy.preview;

import java.awt.Graphics2D;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.Raster;
import java.util.Arrays;

/**
 * Pictures of three bytes a pixel, red first: the previews are drawn in this layout because it is the order in which
 * ImageIO's JPEG writer hands rows to libjpeg, so the writer copies each row with one {@code System.arraycopy}. From a
 * {@code TYPE_3BYTE_BGR} picture it copies each pixel's bytes one by one to put them in that order (3.5 ms of the 17
 * it takes for 1280x720 in a warm JVM with C1 alone, 10 ms in a cold one, where the copying runs in the interpreter
 * until it is compiled), and from a {@code TYPE_INT_RGB} one it takes twice as long as from these. Java2D, on the
 * other hand, has no fast loops for this layout (a contact sheet's cells drew five times slower), so contact sheets are
 * drawn in {@code TYPE_INT_RGB} and converted both ways by the plain loops here.
 */
public final class RgbPictures {
    private static final int[] RGB_OFFSETS = {0, 1, 2};

    private RgbPictures() {}

    /** A blank sRGB picture in this layout. */
    public static BufferedImage blank(int width, int height) {
        ComponentColorModel srgb = new ComponentColorModel(
                ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false, Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
        return new BufferedImage(
                srgb,
                Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, 3 * width, 3, RGB_OFFSETS, null),
                false,
                null);
    }

    /** The bytes of a picture made by {@link #blank}, three a pixel, row after row. */
    static byte[] bytes(BufferedImage picture) {
        return ((DataBufferByte) picture.getRaster().getDataBuffer()).getData();
    }

    /** Whether the picture is one {@link #blank} made (not a part of one). */
    static boolean isRgb(BufferedImage picture) {
        return picture.getType() == BufferedImage.TYPE_CUSTOM
                && picture.getRaster().getParent() == null
                && picture.getSampleModel() instanceof ComponentSampleModel layout
                && layout.getDataType() == DataBuffer.TYPE_BYTE
                && layout.getPixelStride() == 3
                && layout.getScanlineStride() == 3 * picture.getWidth()
                && Arrays.equals(layout.getBandOffsets(), RGB_OFFSETS)
                && picture.getColorModel().getColorSpace().isCS_sRGB();
    }

    /** A {@code TYPE_INT_RGB} picture copied into this layout; any other picture as it is. */
    static BufferedImage fromIntRgb(BufferedImage picture) {
        if (picture.getType() != BufferedImage.TYPE_INT_RGB
                || picture.getRaster().getParent() != null) {
            return picture;
        }
        int[] pixels = ((DataBufferInt) picture.getRaster().getDataBuffer()).getData();
        BufferedImage rgb = blank(picture.getWidth(), picture.getHeight());
        byte[] bytes = bytes(rgb);
        for (int i = 0, at = 0; i < pixels.length; i++, at += 3) {
            int pixel = pixels[i];
            bytes[at] = (byte) (pixel >>> 16);
            bytes[at + 1] = (byte) (pixel >>> 8);
            bytes[at + 2] = (byte) pixel;
        }
        return rgb;
    }

    /** A {@code TYPE_INT_RGB} copy of the picture, for Java2D to draw from. */
    static BufferedImage toIntRgb(BufferedImage picture) {
        BufferedImage copy = new BufferedImage(picture.getWidth(), picture.getHeight(), BufferedImage.TYPE_INT_RGB);
        if (isRgb(picture)) {
            byte[] bytes = bytes(picture);
            int[] pixels = ((DataBufferInt) copy.getRaster().getDataBuffer()).getData();
            for (int i = 0, at = 0; i < pixels.length; i++, at += 3) {
                pixels[i] = (bytes[at] & 0xff) << 16 | (bytes[at + 1] & 0xff) << 8 | (bytes[at + 2] & 0xff);
            }
        } else {
            Graphics2D g = copy.createGraphics();
            try {
                g.drawImage(picture, 0, 0, null);
            } finally {
                g.dispose();
            }
        }
        return copy;
    }
}
