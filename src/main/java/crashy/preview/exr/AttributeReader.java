package crashy.preview.exr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Decodes one attribute value of a known type; every size is checked against what the type requires. */
final class AttributeReader {
    /** Vectors larger than this are skipped: as lists of boxed values they would cost far more than their bytes. */
    private static final int MAX_LIST_BYTES = 1 << 16;

    /**
     * Attributes, and channels in all channel lists, of a whole file: far more than any renderer writes, and a bound
     * on the objects a hostile header can make us create within {@link ExrLimits#maxHeaderBytes()}.
     */
    private static final int MAX_ATTRIBUTES = 65536;

    private static final int MAX_CHANNELS = 65536;

    private final HeaderCursor in;
    private final int maxNameLength;
    private int attributesRead;
    private int channelsRead;

    AttributeReader(HeaderCursor in, int maxNameLength) {
        this.in = in;
        this.maxNameLength = maxNameLength;
    }

    ExrAttribute read(String name, String type, int size) throws IOException {
        if (++attributesRead > MAX_ATTRIBUTES) {
            throw new ExrFormatException("the file has more than " + MAX_ATTRIBUTES + " attributes");
        }
        long end = in.position() + size;
        Object value = value(name, type, size);
        if (in.position() != end) {
            throw new ExrFormatException("attribute '" + name + "' of type " + type + " has a wrong size " + size);
        }
        return new ExrAttribute(name, type, value);
    }

    private Object value(String name, String type, int size) throws IOException {
        if (size > MAX_LIST_BYTES && (type.equals("floatvector") || type.equals("stringvector"))) {
            return opaque(size);
        }
        return switch (type) {
            case "int" -> {
                requireSize(name, size == 4);
                yield in.i32();
            }
            case "float" -> {
                requireSize(name, size == 4);
                yield in.f32();
            }
            case "double" -> {
                requireSize(name, size == 8);
                yield in.f64();
            }
            case "string" -> in.text(size);
            case "stringvector" -> strings(size);
            case "floatvector" -> vector(name, size / 4, size % 4 == 0, in::f32);
            case "v2f" -> vector(name, 2, size == 8, in::f32);
            case "v3f" -> vector(name, 3, size == 12, in::f32);
            case "box2f" -> vector(name, 4, size == 16, in::f32);
            case "m33f" -> vector(name, 9, size == 36, in::f32);
            case "m44f" -> vector(name, 16, size == 64, in::f32);
            case "v2i", "rational", "timecode" -> vector(name, 2, size == 8, in::i32);
            case "v3i" -> vector(name, 3, size == 12, in::i32);
            case "keycode" -> vector(name, 7, size == 28, in::i32);
            case "v2d" -> vector(name, 2, size == 16, in::f64);
            case "v3d" -> vector(name, 3, size == 24, in::f64);
            case "m33d" -> vector(name, 9, size == 72, in::f64);
            case "m44d" -> vector(name, 16, size == 128, in::f64);
            case "box2i" -> {
                requireSize(name, size == 16);
                yield new ExrBox(in.i32(), in.i32(), in.i32(), in.i32());
            }
            case "chromaticities" -> chromaticities(name, size);
            case "compression" -> ExrCompression.fromCode(enumCode(name, size, 256));
            case "lineOrder" -> ExrLineOrder.values()[enumCode(name, size, 3)];
            case "envmap" -> enumCode(name, size, 2);
            case "deepImageState" -> enumCode(name, size, 4);
            case "tiledesc" -> tiles(name, size);
            case "chlist" -> channels(name, size);
            case "preview" -> preview(name, size);
            default -> opaque(size);
        };
    }

    private int enumCode(String name, int size, int count) throws IOException {
        requireSize(name, size == 1);
        int code = in.u8();
        if (code >= count) {
            throw new ExrFormatException("attribute '" + name + "' has an invalid value " + code);
        }
        return code;
    }

    private List<String> strings(int size) throws IOException {
        List<String> values = new ArrayList<>();
        long end = in.position() + size;
        while (in.position() < end) {
            int length = in.i32();
            if (length < 0 || in.position() + length > end) {
                throw new ExrFormatException("a string vector entry overruns its attribute");
            }
            values.add(in.text(length));
        }
        return List.copyOf(values);
    }

    /** Reads one number of a vector attribute. */
    private interface Element<T> {
        T read() throws IOException;
    }

    private <T> List<T> vector(String name, int count, boolean sizeOk, Element<T> element) throws IOException {
        requireSize(name, sizeOk);
        List<T> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(element.read());
        }
        return List.copyOf(values);
    }

    private static void requireSize(String name, boolean sizeOk) throws ExrFormatException {
        if (!sizeOk) {
            throw new ExrFormatException("attribute '" + name + "' has a wrong size for its type");
        }
    }

    private ExrChromaticities chromaticities(String name, int size) throws IOException {
        requireSize(name, size == 32);
        return new ExrChromaticities(in.f32(), in.f32(), in.f32(), in.f32(), in.f32(), in.f32(), in.f32(), in.f32());
    }

    private ExrTiles tiles(String name, int size) throws IOException {
        requireSize(name, size == 9);
        int xSize = in.i32();
        int ySize = in.i32();
        int mode = in.u8();
        int level = mode & 0x0f;
        int rounding = mode >> 4;
        if (level > 2 || rounding > 1) {
            throw new ExrFormatException("attribute '" + name + "' has an invalid tile mode " + mode);
        }
        return new ExrTiles(xSize, ySize, ExrTiles.LevelMode.values()[level], ExrTiles.RoundingMode.values()[rounding]);
    }

    private List<ExrChannel> channels(String name, int size) throws IOException {
        List<ExrChannel> channels = new ArrayList<>();
        long end = in.position() + size;
        while (in.position() < end) {
            String channel = in.name(maxNameLength, "channel name");
            if (channel.isEmpty()) {
                break;
            }
            if (in.position() + 16 > end) {
                throw new ExrFormatException("attribute '" + name + "' ends inside channel '" + channel + "'");
            }
            if (++channelsRead > MAX_CHANNELS) {
                throw new ExrFormatException("the file lists more than " + MAX_CHANNELS + " channels");
            }
            ExrPixelType type = ExrPixelType.fromCode(in.i32());
            boolean linear = in.u8() != 0;
            in.skip(3);
            channels.add(new ExrChannel(channel, type, linear, in.i32(), in.i32()));
        }
        return List.copyOf(channels);
    }

    private ExrPreview preview(String name, int size) throws IOException {
        if (size < 8) {
            throw new ExrFormatException("attribute '" + name + "' is too small for a preview");
        }
        int width = in.i32();
        int height = in.i32();
        if (width < 0 || height < 0 || 4L * width * height != size - 8L) {
            throw new ExrFormatException("attribute '" + name + "' has a preview size that does not match");
        }
        in.skip(size - 8L);
        return new ExrPreview(width, height);
    }

    private ExrOpaque opaque(int size) throws IOException {
        in.skip(size);
        return new ExrOpaque(size);
    }
}
