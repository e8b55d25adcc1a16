package crashy.preview.exr;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Writes small single-part, uncompressed scanline files of half channels for tests: sample {@code (x, y)} of channel
 * {@code c} (in subsampled coordinates) is {@code c + x / 1000 + y}.
 */
final class UncompressedExr {
    private UncompressedExr() {}

    static byte[] write(List<ExrChannel> channels, int width, int height) {
        ByteBuffer header = ByteBuffer.allocate(4096).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(ExrVersion.MAGIC).putInt(2);
        ByteBuffer list = ByteBuffer.allocate(1024).order(ByteOrder.LITTLE_ENDIAN);
        for (ExrChannel c : channels) {
            list.put(c.name().getBytes(StandardCharsets.US_ASCII)).put((byte) 0);
            list.putInt(1).putInt(0).putInt(c.xSampling()).putInt(c.ySampling());
        }
        list.put((byte) 0);
        attribute(header, "channels", "chlist", list.flip());
        attribute(header, "compression", "compression", ByteBuffer.wrap(new byte[] {0}));
        ByteBuffer box =
                ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putInt(0).putInt(0);
        box.putInt(width - 1).putInt(height - 1).flip();
        attribute(header, "dataWindow", "box2i", box.duplicate());
        attribute(header, "displayWindow", "box2i", box);
        attribute(header, "lineOrder", "lineOrder", ByteBuffer.wrap(new byte[] {0}));
        header.put((byte) 0);
        long offset = header.position() + 8L * height;
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        for (int y = 0; y < height; y++) {
            header.putLong(offset);
            byte[] chunk = line(channels, width, y);
            chunks.writeBytes(chunk);
            offset += chunk.length;
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write(header.array(), 0, header.position());
        file.writeBytes(chunks.toByteArray());
        return file.toByteArray();
    }

    private static void attribute(ByteBuffer header, String name, String type, ByteBuffer value) {
        header.put(name.getBytes(StandardCharsets.US_ASCII)).put((byte) 0);
        header.put(type.getBytes(StandardCharsets.US_ASCII)).put((byte) 0);
        header.putInt(value.remaining()).put(value);
    }

    private static byte[] line(List<ExrChannel> channels, int width, int y) {
        ByteBuffer data = ByteBuffer.allocate(8 + 2 * width * channels.size()).order(ByteOrder.LITTLE_ENDIAN);
        data.putInt(y).putInt(0);
        for (int c = 0; c < channels.size(); c++) {
            ExrChannel channel = channels.get(c);
            if (y % channel.ySampling() != 0) {
                continue;
            }
            for (int x = 0; x < width / channel.xSampling(); x++) {
                data.putShort((short) HalfFloat.fromFloat(expected(c, x, y / channel.ySampling())));
            }
        }
        data.putInt(4, data.position() - 8);
        return Arrays.copyOf(data.array(), data.position());
    }

    static float expected(int channel, int x, int y) {
        return HalfFloat.toFloat(HalfFloat.fromFloat(channel + x / 1000f + y));
    }
}
