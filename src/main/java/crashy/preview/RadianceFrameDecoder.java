package crashy.preview;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Radiance HDR frames ({@code .hdr}, {@code .pic}): RGBE pixels, flat or run-length coded per channel, turned into the
 * linear light they hold, as an EXR's are (not through the sRGB curve like 8-bit formats). Top-down files
 * ({@code -Y height +X width}) and bottom-up ones ({@code +Y}) are read; XYZ files and other orientations are refused.
 */
@Component
@Order(50)
public final class RadianceFrameDecoder implements FrameDecoder {
    private static final int MAX_SIZE = 16384;
    private static final int MAX_HEADER = 64 * 1024;

    @Override
    public boolean reads(Path file, byte[] head) {
        String start = new String(head, StandardCharsets.ISO_8859_1);
        return start.startsWith("#?RADIANCE") || start.startsWith("#?RGBE");
    }

    @Override
    public LinearImage decode(Path file, Optional<String> layer) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableFrameException("cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        }
        try {
            return decode(bytes);
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new UnreadableFrameException(file.getFileName() + " ends before its last scanline (truncated)", e);
        }
    }

    private static LinearImage decode(byte[] bytes) {
        int at = 0;
        String line;
        do {
            int end = lineEnd(bytes, at);
            line = new String(bytes, at, end - at, StandardCharsets.ISO_8859_1).trim();
            at = end + 1;
            if (line.startsWith("FORMAT=") && !line.equals("FORMAT=32-bit_rle_rgbe")) {
                throw new UnreadableFrameException("Radiance files in " + line.substring(7) + " are not supported");
            }
        } while (!line.isEmpty());
        int end = lineEnd(bytes, at);
        String[] size = new String(bytes, at, end - at, StandardCharsets.ISO_8859_1)
                .trim()
                .split("\\s+");
        if (size.length != 4 || !size[0].endsWith("Y") || !size[2].equals("+X")) {
            throw new UnreadableFrameException("unsupported Radiance orientation: " + String.join(" ", size));
        }
        int height = dimension(size[1]);
        int width = dimension(size[3]);
        float[][] rgb = new float[3][width * height];
        byte[] scanline = new byte[4 * width];
        at = end + 1;
        for (int y = 0; y < height; y++) {
            at = scanline(bytes, at, scanline, width);
            int row = size[0].equals("-Y") ? y : height - 1 - y;
            for (int x = 0; x < width; x++) {
                int exponent = scanline[4 * x + 3] & 0xff;
                float scale = exponent == 0 ? 0 : Math.scalb(1f, exponent - (128 + 8));
                for (int c = 0; c < 3; c++) {
                    rgb[c][row * width + x] = exponent == 0 ? 0 : ((scanline[4 * x + c] & 0xff) + 0.5f) * scale;
                }
            }
        }
        return new LinearImage(width, height, rgb[0], rgb[1], rgb[2], null, width, height, 0, 0, 1);
    }

    private static int lineEnd(byte[] bytes, int from) {
        for (int i = from; i < Math.min(bytes.length, MAX_HEADER); i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        throw new UnreadableFrameException("the Radiance header does not end");
    }

    private static int dimension(String text) {
        try {
            int value = Integer.parseInt(text);
            if (value >= 1 && value <= MAX_SIZE) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new UnreadableFrameException("invalid Radiance image size " + text);
    }

    /** Reads one scanline of RGBE pixels into {@code out}; returns where the next one starts. */
    private static int scanline(byte[] in, int at, byte[] out, int width) {
        boolean runLength = width >= 8
                && width < 0x8000
                && in[at] == 2
                && in[at + 1] == 2
                && ((in[at + 2] & 0xff) << 8 | (in[at + 3] & 0xff)) == width;
        if (!runLength) {
            System.arraycopy(in, at, out, 0, 4 * width);
            return at + 4 * width;
        }
        at += 4;
        for (int c = 0; c < 4; c++) {
            for (int x = 0; x < width; ) {
                int count = in[at++] & 0xff;
                boolean run = count > 128;
                count = run ? count - 128 : count;
                if (count == 0 || x + count > width) {
                    throw new UnreadableFrameException("a Radiance scanline overruns its width (corrupt file)");
                }
                for (int i = 0; i < count; i++, x++) {
                    out[4 * x + c] = run ? in[at] : in[at + i];
                }
                at += run ? 1 : count;
            }
        }
        return at;
    }
}
