package crashy.simulator;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a small but valid OpenEXR image: single-part scanline, no compression, three HALF channels B, G and R (in
 * the alphabetical order the format requires), one scanline per block. The picture is a gradient whose colours shift
 * with the frame number, so consecutive frames differ. Layout per the OpenEXR file layout: magic and version, the
 * header attributes in alphabetical order ending with a null byte, the scanline offset table, then the blocks (line
 * number, byte count, then each channel's pixels for that line), all little-endian.
 */
final class ExrFrame {
    static final int WIDTH = 160;
    static final int HEIGHT = 90;
    static final int MAGIC = 20000630;
    private static final int HALF = 1;
    private static final String[] CHANNELS = {"B", "G", "R"};

    private ExrFrame() {}

    static void write(Path path, int frame) throws IOException {
        Path folder = path.toAbsolutePath().getParent();
        if (folder != null) {
            Files.createDirectories(folder);
        }
        // Written next to the target and moved, so a reader never sees half a frame.
        Path partial = path.resolveSibling(path.getFileName() + ".partial");
        Files.write(partial, encode(WIDTH, HEIGHT, frame));
        Files.move(partial, path, StandardCopyOption.REPLACE_EXISTING);
    }

    static byte[] encode(int width, int height, int frame) {
        byte[] header = header(width, height);
        int lineBytes = width * CHANNELS.length * 2;
        int blockBytes = 8 + lineBytes;
        ByteBuffer out = ByteBuffer.allocate(header.length + 8 * height + blockBytes * height)
                .order(ByteOrder.LITTLE_ENDIAN);
        out.put(header);
        long firstBlock = header.length + 8L * height;
        for (int y = 0; y < height; y++) {
            out.putLong(firstBlock + (long) y * blockBytes);
        }
        for (int y = 0; y < height; y++) {
            out.putInt(y).putInt(lineBytes);
            for (String channel : CHANNELS) {
                for (int x = 0; x < width; x++) {
                    out.putShort(toHalf(value(channel, x, y, width, height, frame)));
                }
            }
        }
        return out.array();
    }

    private static float value(String channel, int x, int y, int width, int height, int frame) {
        float shift = (frame % 48) / 48f;
        return switch (channel) {
            case "R" -> ((float) x / (width - 1) + shift) % 1f;
            case "G" -> (float) y / (height - 1);
            default -> 0.25f + 0.75f * shift;
        };
    }

    private static byte[] header(int width, int height) {
        ByteBuffer header = ByteBuffer.allocate(1024).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(MAGIC).putInt(2);
        ByteBuffer channels = ByteBuffer.allocate(CHANNELS.length * 18 + 1).order(ByteOrder.LITTLE_ENDIAN);
        for (String channel : CHANNELS) {
            channels.put(channel.getBytes(StandardCharsets.US_ASCII)).put((byte) 0);
            channels.putInt(HALF).put((byte) 0).put(new byte[3]).putInt(1).putInt(1);
        }
        channels.put((byte) 0);
        attribute(header, "channels", "chlist", channels.array());
        attribute(header, "compression", "compression", new byte[] {0});
        attribute(header, "dataWindow", "box2i", box(width, height));
        attribute(header, "displayWindow", "box2i", box(width, height));
        attribute(header, "lineOrder", "lineOrder", new byte[] {0});
        attribute(header, "pixelAspectRatio", "float", floats(1f));
        attribute(header, "screenWindowCenter", "v2f", floats(0f, 0f));
        attribute(header, "screenWindowWidth", "float", floats(1f));
        header.put((byte) 0);
        byte[] bytes = new byte[header.position()];
        header.flip().get(bytes);
        return bytes;
    }

    private static void attribute(ByteBuffer header, String name, String type, byte[] value) {
        header.put(name.getBytes(StandardCharsets.US_ASCII)).put((byte) 0);
        header.put(type.getBytes(StandardCharsets.US_ASCII)).put((byte) 0);
        header.putInt(value.length).put(value);
    }

    private static byte[] box(int width, int height) {
        return ByteBuffer.allocate(16)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putInt(0)
                .putInt(0)
                .putInt(width - 1)
                .putInt(height - 1)
                .array();
    }

    private static byte[] floats(float... values) {
        ByteBuffer buffer = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (float value : values) {
            buffer.putFloat(value);
        }
        return buffer.array();
    }

    /** IEEE 754 half precision, rounded to nearest; enough for the 0-1 values of the gradient. */
    static short toHalf(float value) {
        int bits = Float.floatToIntBits(value);
        int sign = (bits >>> 16) & 0x8000;
        int exponent = ((bits >>> 23) & 0xFF) - 127 + 15;
        int mantissa = bits & 0x7FFFFF;
        if (exponent <= 0) {
            return (short) sign; // too small for a normal half: flush to zero
        }
        if (exponent >= 31) {
            return (short) (sign | 0x7C00); // too large: infinity
        }
        int half = sign | (exponent << 10) | (mantissa >> 13);
        if ((mantissa & 0x1000) != 0) {
            half++; // round half up; a carry into the exponent is still the right value
        }
        return (short) half;
    }
}
