package crashy.preview.exr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Decodes one attribute value of a known type; every size is checked against what the type requires. */
final class AttributeReader {
    private final HeaderCursor in;
    private final int maxNameLength;

    AttributeReader(HeaderCursor in, int maxNameLength) {
        this.in = in;
        this.maxNameLength = maxNameLength;
    }

    ExrAttribute read(String name, String type, int size) throws IOException {
        long end = in.position() + size;
        Object value = value(name, type, size);
        if (in.position() != end) {
            throw new ExrFormatException("attribute '" + name + "' of type " + type + " has a wrong size " + size);
        }
        return new ExrAttribute(name, type, value);
    }

    private Object value(String name, String type, int size) throws IOException {
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
            case "floatvector" -> floats(name, size / 4, size % 4 == 0);
            case "v2f" -> floats(name, 2, size == 8);
            case "v3f" -> floats(name, 3, size == 12);
            case "box2f" -> floats(name, 4, size == 16);
            case "m33f" -> floats(name, 9, size == 36);
            case "m44f" -> floats(name, 16, size == 64);
            case "v2i", "rational", "timecode" -> ints(name, 2, size == 8);
            case "v3i" -> ints(name, 3, size == 12);
            case "keycode" -> ints(name, 7, size == 28);
            case "v2d" -> doubles(name, 2, size == 16);
            case "v3d" -> doubles(name, 3, size == 24);
            case "m33d" -> doubles(name, 9, size == 72);
            case "m44d" -> doubles(name, 16, size == 128);
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

    private List<Float> floats(String name, int count, boolean sizeOk) throws IOException {
        requireSize(name, sizeOk);
        List<Float> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(in.f32());
        }
        return List.copyOf(values);
    }

    private List<Integer> ints(String name, int count, boolean sizeOk) throws IOException {
        requireSize(name, sizeOk);
        List<Integer> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(in.i32());
        }
        return List.copyOf(values);
    }

    private List<Double> doubles(String name, int count, boolean sizeOk) throws IOException {
        requireSize(name, sizeOk);
        List<Double> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(in.f64());
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
